using System.Text;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Files;
using QualitySite.Generator.Parsing;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Parsing;

public sealed class SourceTextTests
{
    static SourceTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Gbk_file_is_reported_as_gbk_at_the_first_bad_byte()
    {
        var gbk = Encoding.GetEncoding("GB18030").GetBytes("---\ntitle: 质量月\ndate: 2026-09-01\n---\n");
        using var site = new TestSite();
        site.WriteBytes("content/notices/gbk.md", gbk);
        var result = site.Build();
        var error = TestSite.Single(result, DiagnosticCodes.NotUtf8);
        Assert.Equal(("content/notices/gbk.md", 2, 8), (error.Path, error.Line, error.Column));
        Assert.Contains("GBK", error.Message);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void Utf16_file_is_named_as_such()
    {
        var diagnostics = new List<Diagnostic>();
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\ntitle: 通知\n")).ToArray();
        Assert.Null(SourceText.Read(bytes, "a.md", diagnostics));
        Assert.Contains("UTF-16", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Bom_is_stripped_and_crlf_normalised()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: 通知\r\n")).ToArray();
        Assert.Equal("---\ntitle: 通知\n", SourceText.Read(bytes, "a.md", []));
    }

    [Theory]
    [InlineData("utf-16BE", false, LegacyEncoding.Utf16BigEndian)]
    [InlineData("utf-16", false, LegacyEncoding.Utf16LittleEndian)]
    [InlineData("utf-16BE", true, LegacyEncoding.Utf16BigEndian)]
    [InlineData("big5", false, LegacyEncoding.Big5)]
    [InlineData("GB18030", false, LegacyEncoding.Gbk)]
    public void Legacy_encodings_are_told_apart(string name, bool bom, LegacyEncoding expected)
    {
        const string text = "---\ntitle: 消費者權益保護通知\ndate: 2026-03-15\n---\n本會提醒消費者購買羊絨衫時注意標籤與纖維含量。\n";
        var encoding = Encoding.GetEncoding(name);
        var bytes = (bom ? encoding.GetPreamble() : []).Concat(encoding.GetBytes(name == "GB18030" ? "---\ntitle: 消费者权益保护通知\n---\n提醒消费者购买羊绒衫时注意标签与纤维含量。\n" : text)).ToArray();
        Assert.Equal(expected, EncodingGuesser.Guess(bytes));
        var diagnostics = new List<Diagnostic>();
        Assert.Null(SourceText.Read(bytes, "a.md", diagnostics));
        Assert.Contains(EncodingGuesser.Describe(expected), Assert.Single(diagnostics).Message);
    }
}
