namespace QualitySite.Bench;

/// <summary>Adds a Hugo config and plain layouts beside the corpus so Hugo can build the same pages for comparison.</summary>
public static class HugoSite
{
    public static void Write(string root)
    {
        File.WriteAllText(Path.Combine(root, "config.yaml"), """
            baseURL: https://bench.example.gov.cn/
            title: 基准测试市场监督管理局
            languageCode: zh-Hans
            hasCJKLanguage: true
            markup:
              goldmark:
                extensions:
                  cjk:
                    enable: true

            """);
        var layouts = Path.Combine(root, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html>
            <html lang="{{ .Params.lang | default "zh-Hans" }}">
            <head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
            <meta name="PubDate" content="{{ .Date.Format "2006-01-02 15:04" }}"></head>
            <body><header><nav><a href="/">首页</a> <a href="/notices/">通知公告</a> <a href="/guides/">消费提示</a> <a href="/results/">抽查结果</a></nav></header>
            <main>{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} {{ .Params.region }}</p>
            <nav>{{ .TableOfContents }}</nav>{{ .Content }}
            {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</article>{{ end }}
            """);
        File.WriteAllText(Path.Combine(layouts, "list.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}<p>{{ .Summary | plainify | truncate 120 }}</p></li>{{ end }}</ul>{{ end }}
            """);
    }
}
