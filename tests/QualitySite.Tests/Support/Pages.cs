namespace QualitySite.Tests.Support;

/// <summary>Small builders for content files used across tests.</summary>
public static class Pages
{
    public static string Notice(string title = "关于开展质量月活动的通知", string date = "2026-09-01", string extra = "", string body = "正文。") =>
        $"---\ntitle: {title}\ndate: {date}\n{extra}---\n\n{body}\n";
}
