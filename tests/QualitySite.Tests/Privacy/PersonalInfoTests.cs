using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Privacy;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Privacy;

/// <summary>The personal-information gate (issue 14): real numbers refused at their line with the masked form; masked forms, credit codes and hotlines pass.</summary>
public sealed class PersonalInfoTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    /// <summary>An 18-character ID number with the right check character, for a region code and birth date.</summary>
    private static string Id(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    [Theory]
    [InlineData("11010519900307123")]
    [InlineData("32050119851231001")]
    [InlineData("81000020000229567")]
    public void Valid_resident_ids_are_found_and_one_wrong_check_character_is_not(string first17)
    {
        var id = Id(first17);
        Assert.True(IdentityNumbers.IsResidentId(id, Today));
        var wrong = first17 + (id[^1] == '0' ? '1' : '0');
        Assert.False(IdentityNumbers.IsResidentId(wrong, Today));
        Assert.Equal(PersonalInfoKind.ResidentId, Assert.Single(PersonalInfoScanner.Scan($"当事人身份证号{id}，住址略。", Today)).Kind);
    }

    [Theory]
    [InlineData("99010519900307123", "no such province")]
    [InlineData("11010519901307123", "no 13th month")]
    [InlineData("11010520300307123", "born in the future")]
    public void Implausible_ids_are_not_ids(string first17, string why) =>
        Assert.False(IdentityNumbers.IsResidentId(Id(first17), Today), why);

    [Theory]
    [InlineData("91320500MA1XXXXX4B")]
    public void Credit_code_checks(string almost)
    {
        // Build a valid code from the first 17 characters, then check the rule both ways.
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        var body = almost[..17].Replace('X', '0');
        var check = alphabet[(31 - body.Select((c, i) => alphabet.IndexOf(c) * weights[i]).Sum() % 31) % 31];
        Assert.True(IdentityNumbers.IsCreditCode(body + check));
        Assert.False(IdentityNumbers.IsCreditCode(body + (check == '0' ? '1' : '0')));
        Assert.Empty(PersonalInfoScanner.Scan($"统一社会信用代码：{body + check}", Today));
    }

    [Theory]
    [InlineData("联系电话：13812345678。", "138****5678")]
    [InlineData("电话 138 1234 5678 或", "138****5678")]
    [InlineData("手机138-1234-5678", "138****5678")]
    [InlineData("+86 13912345678", "139****5678")]
    [InlineData("银行卡号 6222021234567890128", "6222***********0128")]
    [InlineData("卡号：6222 0212 3456 7890 128", "6222***********0128")]
    [InlineData("老身份证 110105900307123", "110105*****7123")]
    public void Numbers_are_found_with_their_masked_form(string text, string masked) =>
        Assert.Equal(masked, Assert.Single(PersonalInfoScanner.Scan(text, Today)).Masked);

    [Theory]
    [InlineData("投诉举报电话 12315、12345、12365")]
    [InlineData("身份证号 110105********123X，手机 138****5678，张**")]
    [InlineData("依据 GB 18401-2010 和 GB/T 29862-2013 检验，批号 20260414E125，日期 2026-04-14")]
    [InlineData("详见 https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/art/2026/13812345678.html 和 /notices/6222021234567890120/")]
    [InlineData("索引号 11339900MB0123456X/2026-00005")]
    [InlineData("金额 1234567890123456 元")]
    [InlineData("卡号 6222021234567890120 不通过校验")]
    public void Masked_forms_hotlines_standards_dates_and_urls_are_not_flagged(string text) =>
        Assert.Empty(PersonalInfoScanner.Scan(text, Today));

    private static readonly string RealId = Id("11010519900307123");

    [Fact]
    public void A_page_with_a_real_id_is_refused_at_its_line_and_column_with_the_masked_form()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(body: $"当事人：张某，身份证号{RealId}。") });
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.PersonalInfo, "content/notices/a.md", 6, 12), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains("110105********" + RealId[^4..], error.Message);
        Assert.False(site.OutputExists("notices/a/index.html"));
    }

    [Fact]
    public void Front_matter_data_cells_alt_text_and_file_names_are_checked()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(title: "联系人13812345678", body: "![身份证 " + RealId + "](images/a.svg)"),
            ["content/notices/images/a.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            ["content/notices/images/13912345678.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            ["content/results/r.md"] = Pages.Notice(title: "结果"),
            ["content/results/r.csv"] = "序号,产品名称,标称生产企业,被抽样单位,规格型号,商标,生产日期/批号,检验结论,不合格项目,承检机构,备注\n1,羊绒衫,企业,个体户（电话13712345678）,/,/,/,合格,,所,/\n",
        });
        var errors = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.PersonalInfo).Select(d => (d.Path, d.Line)).ToList();
        Assert.Contains(("content/notices/a.md", 2), errors);
        Assert.Contains(("content/notices/a.md", 6), errors);
        Assert.Contains(("content/results/r.csv", 2), errors);
        Assert.Contains(("content/notices/images/13912345678.svg", 0), errors);
    }

    [Fact]
    public void An_allowed_value_with_a_reason_is_published_and_listed_and_the_publishers_phone_passes()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(extra: "privacy:\n  allow: [\"138 1234 5678\"]\n  reason: 经本人同意公开的志愿者联系电话\n", body: "志愿者电话 13812345678，本局电话 13500001111。"),
        });
        site.Write("site.yml", TestSite.DefaultConfig + "\npublisher:\n  name: 测试局\n  phone: \"13500001111\"\n");
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var note = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PersonalInfo);
        Assert.Equal(Severity.Note, note.Severity);
        Assert.Contains("经本人同意", note.Message);
    }

    [Fact]
    public void An_allowance_without_a_reason_is_an_error()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: "privacy:\n  allow: [\"13812345678\"]\n") });
        Assert.Contains(site.Build().Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.PersonalInfo && d.Line == 4);
    }
}
