using System.Buffers;
using System.Globalization;
using System.Text;

namespace QualitySite.Generator.Search;

/// <summary>
/// Writes a JSON string literal, keeping Chinese as UTF-8 (System.Text.Json's default encoder
/// would write \uXXXX and double the size) and escaping what JSON and HTML embedding need:
/// quotes, backslashes, control characters, &lt; &gt; &amp; and the line separators U+2028/2029.
/// </summary>
public static class JsonText
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\"\\<>&\u2028\u2029\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    public static void Append(StringBuilder sb, string? value, Action<StringBuilder, ReadOnlySpan<char>>? text = null)
    {
        if (value is null)
        {
            sb.Append("null");
            return;
        }

        Append(sb, value.AsSpan(), text);
    }

    /// <summary>The value as a JSON string; with <paramref name="text"/> each run between escaped characters is written through it (a converter) instead of as it is.</summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> value, Action<StringBuilder, ReadOnlySpan<char>>? text = null)
    {
        sb.Append('"');
        var rest = value;
        while (rest.IndexOfAny(NeedsEscape) is var at && at >= 0)
        {
            Run(sb, rest[..at], text);
            Escape(sb, rest[at]);
            rest = rest[(at + 1)..];
        }

        Run(sb, rest, text);
        sb.Append('"');
    }

    private static void Run(StringBuilder sb, ReadOnlySpan<char> run, Action<StringBuilder, ReadOnlySpan<char>>? text)
    {
        if (text is null)
        {
            sb.Append(run);
        }
        else
        {
            text(sb, run);
        }
    }

    private static void Escape(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '"':
                sb.Append("\\\"");
                break;
            case '\\':
                sb.Append("\\\\");
                break;
            case '\n':
                sb.Append("\\n");
                break;
            default:
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                break;
        }
    }
}
