using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.Parsing;
using QualitySite.Generator.Search;

namespace QualitySite.Generator.Checks;

/// <summary>
/// The Chinese copy check of 'qsite check': what text pasted from Word, WeChat or old systems
/// brings along (half-width punctuation in Chinese sentences, full-width letters, unpaired
/// quotation marks and brackets, repeated punctuation, mojibake, converter pinyin, the other
/// script, 发文字号 with the wrong brackets, spaces between Han characters). It reads the text of
/// titles, summaries and the Markdown prose only: never code, URLs or front matter keys. Every
/// finding has its path:line:column, the rule's code and the fix.
/// </summary>
public static partial class CopyChecker
{
    private const string Han = @"[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseEmphasisExtras().UsePreciseSourceLocation().Build();

    public static IEnumerable<Diagnostic> Check(IEnumerable<Page> pages, IReadOnlyDictionary<string, RuleLevel> levels, bool strict, FoldTable fold)
    {
        var scripts = Scripts.Value;
        foreach (var page in pages)
        {
            var traditional = Config.Languages.IsTraditional(page.Lang);
            foreach (var (text, at) in Texts(page))
            {
                foreach (var (rule, index, message) in Findings(text, traditional, fold, scripts))
                {
                    var level = levels.GetValueOrDefault(rule.Key, RuleLevel.Warning);
                    if (level == RuleLevel.Off)
                    {
                        continue;
                    }

                    var (line, column) = at(index);
                    var severity = level == RuleLevel.Error || strict ? Severity.Error : Severity.Warning;
                    yield return new Diagnostic(severity, rule.Code, page.Source.SitePath, line, column, $"{rule.Description}：{message}");
                }
            }
        }
    }

    /// <summary>
    /// The safe fixes for a page's prose (qsite check --fix): half-width punctuation after Han
    /// characters to full width (a half-width bracket pair as a pair), 发文字号 brackets to 〔〕,
    /// converter pinyin removed, spaces between Han characters removed. Each edit names the text it
    /// expects at its place; <see cref="CopyFixer"/> applies it only when the file still holds it.
    /// </summary>
    public static IEnumerable<TextEdit> Fixes(Page page)
    {
        foreach (var (text, at) in Texts(page))
        {
            var taken = new HashSet<int>();
            TextEdit Edit(int index, int length, string replacement)
            {
                var (line, column) = at(index);
                taken.UnionWith(Enumerable.Range(index, length));
                return new TextEdit(line, column, text.Substring(index, length), replacement);
            }

            foreach (Match m in Pinyin().Matches(text))
            {
                yield return Edit(m.Index + 1, m.Length - 1, "");
            }

            foreach (Match m in Mojibake().Matches(text))
            {
                taken.UnionWith(Enumerable.Range(m.Index, m.Length));
            }

            foreach (Match m in DocNumber().Matches(text))
            {
                var open = m.Index + 1;
                var close = m.Groups[1].Index + m.Groups[1].Length;
                yield return Edit(open, 1, "〔");
                yield return Edit(close, 1, "〕");
            }

            foreach (Match m in HalfWidth().Matches(text))
            {
                if (taken.Contains(m.Index))
                {
                    continue;
                }

                var partner = m.Value == "(" ? text.IndexOf(')', m.Index + 1) : m.Value == ")" ? text.LastIndexOf('(', m.Index) : -1;
                if (m.Value is "(" or ")" && (partner < 0 || taken.Contains(partner) || text.IndexOf(m.Value == "(" ? '(' : ')', Math.Min(m.Index, partner) + 1, Math.Abs(partner - m.Index) - 1) >= 0))
                {
                    continue; // a bracket without its partner, or nested ones: reported, not fixed
                }

                yield return Edit(m.Index, 1, FullWidth(m.Value[0]).ToString());
                if (partner >= 0 && !taken.Contains(partner))
                {
                    yield return Edit(partner, 1, FullWidth(text[partner]).ToString());
                }
            }

            foreach (Match m in Spaces().Matches(text))
            {
                yield return Edit(m.Index, m.Length, "");
            }
        }
    }

    /// <summary>The texts of a page with a function from a character's index to its line and column in the file.</summary>
    private static IEnumerable<(string Text, Func<int, (int Line, int Column)> At)> Texts(Page page)
    {
        foreach (var (field, value) in new[] { (FieldCatalog.Title, page.Meta.Title), (FieldCatalog.Summary, page.Meta.Summary) })
        {
            if (value is not null && page.Meta.Spans.ContainsKey(field.Key))
            {
                var span = page.Meta.At(field);
                yield return (value, i => (span.Line, span.Column + i));
            }
        }

        var document = Markdown.Parse(page.Body, Pipeline);
        var lineStarts = new List<int> { 0 };
        for (var i = page.Body.IndexOf('\n'); i >= 0; i = page.Body.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }

        (int Line, int Column) Locate(int offset)
        {
            var line = lineStarts.BinarySearch(offset);
            line = line >= 0 ? line : ~line - 1;
            return (page.BodyFirstLine + line, offset - lineStarts[line] + 1);
        }

        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null)
            {
                continue;
            }

            var sb = new StringBuilder();
            var positions = new List<(int Line, int Column)>();
            foreach (var inline in block.Inline.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal when literal.Parent is not LinkInline { IsAutoLink: true }:
                        var content = literal.Content.ToString();
                        for (var i = 0; i < content.Length; i++)
                        {
                            sb.Append(content[i]);
                            positions.Add(Locate(literal.Span.Start + i));
                        }

                        break;
                    case CodeInline or AutolinkInline or HtmlInline or LineBreakInline:
                        // A gap no rule reads across: code and addresses are never checked.
                        sb.Append('\uE000');
                        positions.Add(Locate(inline.Span.Start));
                        break;
                }
            }

            if (sb.Length > 0)
            {
                var list = positions;
                yield return (sb.ToString(), i => list[Math.Min(i, list.Count - 1)]);
            }
        }
    }

    private static IEnumerable<(CopyRule Rule, int Index, string Message)> Findings(string text, bool traditional, FoldTable fold, (HashSet<char> SimplifiedOnly, HashSet<char> TraditionalOnly) scripts)
    {
        var taken = new HashSet<int>();
        foreach (Match m in Pinyin().Matches(text))
        {
            taken.UnionWith(Enumerable.Range(m.Index, m.Length));
            yield return (CopyRules.Pinyin, m.Index, $"“{m.Value}”是转换工具留下的拼音注音；删去括号和拼音");
        }

        foreach (Match m in Mojibake().Matches(text))
        {
            taken.UnionWith(Enumerable.Range(m.Index, m.Length));
            yield return (CopyRules.Mojibake, m.Index, $"“{m.Value}”像是编码错乱留下的乱码；对照原文重新录入这几个字");
        }

        foreach (Match m in HalfWidth().Matches(text))
        {
            if (!taken.Contains(m.Index))
            {
                yield return (CopyRules.HalfWidthPunctuation, m.Index, $"中文里的半角“{m.Value}”应改为全角“{FullWidth(m.Value[0])}”");
            }
        }

        foreach (Match m in FullWidthLetters().Matches(text))
        {
            yield return (CopyRules.FullWidthAlphanumeric, m.Index, $"全角字符“{m.Value}”应改为半角“{new string(m.Value.Select(c => (char)(c - 0xFEE0)).ToArray())}”");
        }

        foreach (Match m in Repeated().Matches(text))
        {
            yield return (CopyRules.RepeatedPunctuation, m.Index, m.Value[0] == '.' ? "中文后面的英文句点“.”应改为“。”" : $"标点“{m.Value}”重复；只留一个");
        }

        foreach (Match m in DocNumber().Matches(text))
        {
            yield return (CopyRules.DocNumberBrackets, m.Index, $"发文字号“{m.Value}”的年份应使用六角括号：〔{m.Groups[1].Value}〕");
        }

        foreach (Match m in Spaces().Matches(text))
        {
            yield return (CopyRules.SpaceBetweenHan, m.Index, "汉字之间不应有空格；删去空格（口号等确需间隔时用全角空格“　”）");
        }

        foreach (var finding in Unpaired(text))
        {
            yield return finding;
        }

        if (OtherScript(text, traditional, fold, scripts) is { } other)
        {
            yield return other;
        }
    }

    private static char FullWidth(char c) => c switch { ',' => '，', ':' => '：', ';' => '；', '?' => '？', '!' => '！', '(' => '（', ')' => '）', _ => c };

    private static readonly Dictionary<char, char> Pairs = new() { ['“'] = '”', ['‘'] = '’', ['《'] = '》', ['（'] = '）', ['【'] = '】', ['「'] = '」', ['『'] = '』' };

    /// <summary>Opening and closing marks of one paragraph matched on a stack; the first one left over or closing the wrong mark is reported.</summary>
    private static IEnumerable<(CopyRule, int, string)> Unpaired(string text)
    {
        var stack = new Stack<(char Mark, int Index)>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '’' && i > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1]))
            {
                continue; // an apostrophe in English (don’t)
            }

            if (Pairs.ContainsKey(c))
            {
                stack.Push((c, i));
            }
            else if (Pairs.ContainsValue(c))
            {
                if (stack.Count == 0 || Pairs[stack.Peek().Mark] != c)
                {
                    var expected = stack.Count == 0 ? "" : $"（前面的“{stack.Peek().Mark}”还没有闭合）";
                    yield return (CopyRules.UnpairedMarks, i, $"“{c}”没有对应的开头符号{expected}；补上或删去这个符号");
                    yield break;
                }

                stack.Pop();
            }
        }

        if (stack.Count > 0)
        {
            var (mark, index) = stack.Reverse().First();
            yield return (CopyRules.UnpairedMarks, index, $"“{mark}”在本段中没有闭合；补上“{Pairs[mark]}”");
        }
    }

    /// <summary>Characters only the other script uses (a Traditional paragraph pasted into a Simplified page, or the reverse): the first one, with how many.</summary>
    private static (CopyRule, int, string)? OtherScript(string text, bool traditional, FoldTable fold, (HashSet<char> SimplifiedOnly, HashSet<char> TraditionalOnly) scripts)
    {
        int first = -1, count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var foreign = traditional ? scripts.SimplifiedOnly.Contains(c) : scripts.TraditionalOnly.Contains(c);
            if (foreign && !KeptInPhrase(text, i, traditional))
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        if (first < 0)
        {
            return null;
        }

        var ch = text[first];
        return traditional
            ? (CopyRules.OtherScript, first, $"繁体页面里有 {count} 个只在简体中使用的字（第一个是“{ch}”，“{Around(text, first)}”繁体作“{ScriptConverter.Default.ToTraditional(Around(text, first))}”），可能是粘贴来的简体文字；改为繁体")
            : (CopyRules.OtherScript, first, $"简体页面里有 {count} 个繁体字（第一个是“{ch}”，简体作“{(char)fold.Fold(ch)}”；“{Around(text, first)}”简体作“{ScriptConverter.ToSimplified(Around(text, first))}”），可能是粘贴来的繁体文字；改为简体，或给页面加上 lang: zh-Hant");
    }

    /// <summary>
    /// True when converting the words around the character into the page's script leaves it as it is:
    /// a phrase of the other script's tables keeps it (瞭望 is Simplified too, restored by the 2013 table
    /// of standard characters), so it is no pasted text.
    /// </summary>
    private static bool KeptInPhrase(string text, int at, bool traditional)
    {
        var (start, around) = Window(text, at);
        var converted = traditional ? ScriptConverter.Default.ToTraditional(around) : ScriptConverter.ToSimplified(around);
        return converted.Length == around.Length && converted[at - start] == text[at];
    }

    /// <summary>The few characters around a position (up to the nearest punctuation), to show a finding in context.</summary>
    private static string Around(string text, int at) => Window(text, at).Text;

    /// <summary>Where <see cref="Around"/>'s characters start, and they.</summary>
    private static (int Start, string Text) Window(string text, int at)
    {
        int start = at, end = at + 1;
        while (start > 0 && at - start < 4 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && end - at < 5 && char.IsLetter(text[end]))
        {
            end++;
        }

        return (start, text[start..end]);
    }

    /// <summary>
    /// Which characters belong to one script only. Folding alone cannot tell: 回 is the Simplified form
    /// of 迴 and an ordinary Traditional character too. A character is Simplified-only when GB 2312
    /// (the Simplified character set) has it and Big5 (the Traditional one) does not, and
    /// Traditional-only when it folds to another character and GB 2312 lacks it (覆 folds to 复 but is
    /// ordinary Simplified text).
    /// </summary>
    private static readonly Lazy<(HashSet<char> SimplifiedOnly, HashSet<char> TraditionalOnly)> Scripts = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var big5 = Encoding.GetEncoding("big5", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        var simplified = new HashSet<char>();
        var traditional = new HashSet<char>();
        for (var c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            var inGb = InGb2312(gbk, c);
            if (inGb && !Encodes(big5, c))
            {
                simplified.Add(c);
            }
            else if (!inGb && FoldTable.Default.Fold(c) != c)
            {
                traditional.Add(c);
            }
        }

        return (simplified, traditional);
    });

    /// <summary>GB 2312's Han characters are the part of GBK with lead bytes 0xB0–0xF7 and trail bytes from 0xA1 (.NET's "gb2312" is all of GBK).</summary>
    private static bool InGb2312(Encoding gbk, char c)
    {
        try
        {
            Span<byte> bytes = stackalloc byte[4];
            return gbk.GetBytes([c], bytes) == 2 && bytes[0] is >= 0xB0 and <= 0xF7 && bytes[1] >= 0xA1;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static bool Encodes(Encoding encoding, char c)
    {
        try
        {
            Span<byte> bytes = stackalloc byte[8];
            return encoding.GetBytes([c], bytes) > 0;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    [GeneratedRegex(Han + @"[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*(?:\s+[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zü]*)*[)）]")]
    private static partial Regex Pinyin();

    [GeneratedRegex(@"\uFFFD+|锟斤拷|烫烫烫|屯屯屯|鈥[渶攢溿檥]|锛[屼氾紝歶]|銆[傁€]|Ã[\u0080-\u00BF]|â€|(?<=" + Han + @")\?{1,2}(?=" + Han + @"|!)")]
    private static partial Regex Mojibake();

    [GeneratedRegex(@"(?<=" + Han + @")[,:;?!(]|\)(?=" + Han + @")")]
    private static partial Regex HalfWidth();

    [GeneratedRegex(@"[Ａ-Ｚａ-ｚ０-９]+")]
    private static partial Regex FullWidthLetters();

    [GeneratedRegex(@"([，。！？、；：])\1+|(?<=" + Han + @")\.(?![\d.A-Za-z])")]
    private static partial Regex Repeated();

    [GeneratedRegex(Han + @"[\[【(（]((?:19|20)\d{2})[\]】)）]\d+号")]
    private static partial Regex DocNumber();

    [GeneratedRegex(@"(?<=" + Han + @") +(?=" + Han + @")")]
    private static partial Regex Spaces();
}
