namespace QualitySite.Generator.Conversion;

/// <summary>
/// 游 that swims is 游: 鱼在水里游, 水里游着鱼, 他在河里游了一圈. OpenCC's form of 游 alone is 遊 (to
/// roam, to tour), right for 游客在景区游着玩; a word of the cut that holds 游 (游泳, 旅游, 游戏) decides
/// by its phrase. Water or a swimmer in the clause before says it swims.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>How far back in the clause water or a swimmer is looked for.</summary>
    private const int SwimReach = 10;

    /// <summary>Water, and what swims in it.</summary>
    private static readonly System.Buffers.SearchValues<char> SwimSigns = System.Buffers.SearchValues.Create("水河湖海江池塘溪缸泳鱼鸭鹅鲸虾蛙龟豚鲨");

    /// <summary>True when 游 at <paramref name="at"/> is a word of its own and the clause before names water or a swimmer.</summary>
    private bool IsSwimming(ReadOnlySpan<char> text, int at)
    {
        var before = text[Math.Max(0, at - SwimReach)..at];
        before = before[(before.LastIndexOfAny(ClauseMarks) + 1)..];
        for (var i = 0; i < before.Length; i++)
        {
            // By the water is not in it: 海边, 湖畔, 河岸 (他们在海边游玩).
            if (SwimSigns.Contains(before[i]) && !(i + 1 < before.Length && Shores.Contains(before[i + 1])))
            {
                return IsLoneWord(text, at);
            }
        }

        return false;
    }

    /// <summary>What makes water a place beside it (海边, 湖畔, 河岸, 海滩).</summary>
    private static readonly System.Buffers.SearchValues<char> Shores = System.Buffers.SearchValues.Create("边畔岸滩景");
}
