namespace QualitySite.Generator.Conversion;

/// <summary>
/// 一周 after going round something is a circuit, 周 (绕场一周, 环湖一周, 绕着湖边走了一周); OpenCC's
/// phrases 一周, 两周 … count weeks, 週, which is right everywhere else (一周内, 一周的活动, 围绕主题开展了一周).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>How far back in the clause a verb of going round is looked for.</summary>
    private const int RoundReach = 12;

    /// <summary>What follows a count of weeks, never a circuit: 一周的, 一周内, 一周以来, 一周年 …</summary>
    private static readonly System.Buffers.SearchValues<char> WeekAfter = System.Buffers.SearchValues.Create("的内来以之时左多年岁前");

    /// <summary>What 环 starts that is no going round (环境, 环保, 环节 …).</summary>
    private static readonly System.Buffers.SearchValues<char> NoRoundAfterRing = System.Buffers.SearchValues.Create("境保节比卫球形线状评路");

    /// <summary>What 绕 starts that goes round nothing (绕道, 绕远, 绕开, 绕过, 绕口令 …).</summary>
    private static readonly System.Buffers.SearchValues<char> NoRoundAfterWind = System.Buffers.SearchValues.Create("道远路开过口弯");

    /// <summary>True when 周 at <paramref name="at"/>, after a number, counts circuits (<see cref="FormAt"/> writes it 周): a verb of going round stands before it in the clause and no word of weeks after it.</summary>
    private static bool RoundTrip(ReadOnlySpan<char> text, int at) =>
        at > 0 && Numbers.Contains(text[at - 1]) && !(at + 1 < text.Length && WeekAfter.Contains(text[at + 1])) && GoesRoundRightBefore(text, at - 1)
        && GoesRound(text[..(at - 1)]);

    /// <summary>What the number of circuits follows: the place gone round (绕场, 环湖, 绕地球, 环游世界), the going (绕行, 走, 跑).</summary>
    private static readonly System.Buffers.SearchValues<char> RoundPlaces = System.Buffers.SearchValues.Create("场湖城岛球园山村界行绕环圈");

    /// <summary>The verbs of going round that may stand before the number, with 了 or without (走了一周, 跑两周).</summary>
    private static readonly System.Buffers.SearchValues<char> RoundGoing = System.Buffers.SearchValues.Create("走跑转游飞行开骑划巡");

    /// <summary>True when the number at <paramref name="number"/> right follows the place gone round or the going (绕场一周, 走了一周), not other words (绕着操场跑步坚持了一周 counts weeks).</summary>
    private static bool GoesRoundRightBefore(ReadOnlySpan<char> text, int number)
    {
        var before = number > 0 ? text[number - 1] : '\0';
        return RoundPlaces.Contains(before) || RoundGoing.Contains(before)
            || (before == '了' && number > 1 && RoundGoing.Contains(text[number - 2]));
    }

    /// <summary>True when the clause before has 绕 or 环 going round (绕场, 环湖, 绕着), not 围绕, 缠绕, 绕道, 循环, 环境 or a ring road (二环, 环路).</summary>
    private static bool GoesRound(ReadOnlySpan<char> before)
    {
        var clause = before[Math.Max(0, before.Length - RoundReach)..];
        clause = clause[(clause.LastIndexOfAny(ClauseMarks) + 1)..];
        for (var i = 0; i < clause.Length; i++)
        {
            var round = clause[i] switch
            {
                '绕' => (i == 0 || clause[i - 1] is not ('围' or '缠')) && (i + 1 == clause.Length || !NoRoundAfterWind.Contains(clause[i + 1])),
                '环' => (i == 0 || (clause[i - 1] != '循' && !Numbers.Contains(clause[i - 1]))) && (i + 1 == clause.Length || !NoRoundAfterRing.Contains(clause[i + 1])),
                _ => false,
            };
            if (round)
            {
                return true;
            }
        }

        return false;
    }
}
