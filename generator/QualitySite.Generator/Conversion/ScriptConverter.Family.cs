namespace QualitySite.Generator.Conversion;

/// <summary>
/// A surname before 家 and the ending of a village or a place (范家庄, 游家村, 钟家湾, 涂家巷) names the
/// family's place: the surname keeps its form (范家莊, 游家村, 鍾家灣). OpenCC's phrase 范家 gives way to the
/// word cut there (范家庄 is a word of its own, 范|家村 cuts before 家村), so the character falls back to its
/// commonest reading: 範家莊. After a number 余 and 于 are no surname (二十余家村民 二十餘家), nor is a
/// character that makes a word with the one before it (其余家, 示范家).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Endings of a village's or a place's name after 家 (庄, 村, 湾 …).</summary>
    private static readonly System.Buffers.SearchValues<char> PlaceEndings = System.Buffers.SearchValues.Create("庄村湾屯营寨堡沟坪岭峪洼坞集窑圩坝坡岗塘巷坊祠桥");

    /// <summary>The surname's form at <paramref name="at"/> when a family's place is named there (范家庄), else null.</summary>
    private string? FamilyPlace(ReadOnlySpan<char> text, int at)
    {
        if (at + 2 >= text.Length || text[at + 1] != '家' || !PlaceEndings.Contains(text[at + 2]) || !Bylines.Surnames.TryGetValue(text[at], out var surname))
        {
            return null;
        }

        var joined = at > 0 && (Numbers.Contains(text[at - 1]) || char.IsAsciiDigit(text[at - 1]) || _lattice.Value.Weight(text.Slice(at - 1, 2)) > 0);
        return joined ? null : surname.ToString();
    }
}
