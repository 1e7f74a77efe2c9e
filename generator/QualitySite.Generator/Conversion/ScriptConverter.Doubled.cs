using System.Runtime.CompilerServices;

namespace QualitySite.Generator.Conversion;

/// <summary>
/// A word said twice over, character by character (AABB: 顺顺当当, 稳稳当当, 里里外外), keeps the forms
/// of its word AB: 順順當當. The phrases inside it would read it otherwise (当当 is the sound 噹噹,
/// 余天 a name), and the word cut, which knows some of these as words, cannot choose between them.
/// Two doubled words side by side (伯伯娘娘), and four characters the word cut reads otherwise
/// (大大|干干净净, 西西里|里面), are left to the phrases.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>The first AABB from <paramref name="start"/> on, before <paramref name="before"/>, whose word AB has one form in the table; At is −1 when there is none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int At, string Form) Reduplicated(ReadOnlySpan<char> text, int start, int before)
    {
        for (var i = start; i + 4 <= text.Length && i < before; i++)
        {
            if (text[i] == text[i + 1] && text[i + 2] == text[i + 3] && text[i] != text[i + 2] && IsHan(text[i]) && IsHan(text[i + 2])
                && _phrases.Get([text[i], text[i + 2]]) is [{ Length: 2 } word] && !_siteTerms.Covers(text, i, 4) && IsDoubledWord(text.Slice(i, 4)) && StandsAlone(text, i))
            {
                return (i, string.Concat(word[..1], word[..1], word[1..], word[1..]));
            }
        }

        return (-1, "");
    }

    /// <summary>
    /// True unless AA and BB are two words of their own (伯伯娘娘, 爷爷奶奶: not 伯娘 said twice); a
    /// dictionary word AABB (顺顺当当) is one word said twice whatever its halves are.
    /// </summary>
    private bool IsDoubledWord(ReadOnlySpan<char> aabb)
    {
        var lattice = _lattice.Value;
        return lattice.Weight(aabb) > 0 || !(lattice.Weight(aabb[..2]) > 0 && lattice.Weight(aabb[2..]) > 0);
    }

    /// <summary>
    /// True when the word cut starts and ends a word where the AABB at <paramref name="at"/> does: in
    /// 大大干干净净 the doubled word is 干干净净 (not 大干), in 西西里里面 there is none (西西里|里面).
    /// </summary>
    private bool StandsAlone(ReadOnlySpan<char> text, int at)
    {
        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 5];
        _ = CutAround(text, at, 4, buffer, out var here);
        return buffer[here] && buffer[here + 4];
    }
}
