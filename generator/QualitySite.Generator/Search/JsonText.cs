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
    public static void Append(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append("null");
            return;
        }

        sb.Append('"');
        foreach (var c in value)
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
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        sb.Append('"');
    }
}
