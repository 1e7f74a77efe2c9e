using System.Globalization;
using System.Text;

namespace QualitySite.Bench;

/// <summary>
/// The simple corpus (--shape simple): a deterministic synthetic site of N short pages of Chinese text with front matter, spread over
/// notices, guides and results, half of them in Traditional script when asked. The same N always
/// gives the same bytes, so timings compare like with like.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] Subjects = ["市场监管部门", "检验机构", "消费者", "生产企业", "销售单位", "电商平台", "行业协会", "质量技术专家"];
    private static readonly string[] Verbs = ["组织开展", "持续推进", "认真落实", "重点检查", "依法查处", "广泛宣传", "及时公布", "全面排查"];
    private static readonly string[] Objects = ["羊绒衫纤维含量抽查", "儿童服装安全检测", "电动自行车强制性认证", "木地板甲醛释放量检验", "眼镜镜片顶焦度检测", "电梯定期检验", "食品生产许可核查", "计量器具免费检定", "手机进网许可核对", "质量月开放日活动"];
    private static readonly string[] Tails = ["，切实维护消费者合法权益。", "，进一步提升产品质量水平。", "，相关结果将向社会公布。", "，发现问题及时整改到位。", "，营造放心消费环境。", "，推动质量强市建设。"];
    private static readonly string[] Regions = ["清溪市", "临江区", "云台区", "白沙县", "北山镇"];
    private static readonly string[] Tags = ["质量月", "3·15", "监督抽查", "羊绒衫", "消费提示", "特种设备", "认证标志", "纺织品"];
    private static readonly (string From, string To)[] ToTraditional =
    [
        ("监", "監"), ("场", "場"), ("门", "門"), ("检", "檢"), ("验", "驗"), ("构", "構"), ("费", "費"), ("产", "產"), ("业", "業"),
        ("销", "銷"), ("单", "單"), ("电", "電"), ("台", "臺"), ("协", "協"), ("会", "會"), ("质", "質"), ("术", "術"), ("专", "專"),
        ("织", "織"), ("开", "開"), ("进", "進"), ("实", "實"), ("处", "處"), ("广", "廣"), ("传", "傳"), ("时", "時"), ("绒", "絨"),
        ("维", "維"), ("纤", "纖"), ("儿", "兒"), ("装", "裝"), ("动", "動"), ("车", "車"), ("强", "強"), ("证", "證"), ("释", "釋"),
        ("镜", "鏡"), ("顶", "頂"), ("焦", "焦"), ("测", "測"), ("梯", "梯"), ("许", "許"), ("计", "計"), ("量", "量"), ("机", "機"),
        ("网", "網"), ("对", "對"), ("题", "題"), ("现", "現"), ("问", "問"), ("整", "整"), ("权", "權"), ("护", "護"), ("环", "環"),
        ("进", "進"), ("动", "動"), ("区", "區"), ("县", "縣"), ("镇", "鎮"), ("间", "間"), ("关", "關"), ("于", "於"), ("结", "結"),
        ("果", "果"), ("发", "發"), ("布", "佈"), ("这", "這"), ("为", "為"), ("将", "將"), ("级", "級"), ("规", "規"), ("范", "範"),
    ];

    public static void Write(string root, int pages, string templatesFrom)
    {
        Start(root, templatesFrom);

        string[] sections = ["notices", "guides", "results"];
        for (var i = 0; i < pages; i++)
        {
            var section = sections[i % sections.Length];
            var dir = Path.Combine(root, "content", section);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, $"page-{i:D5}.md"), Page(i, section, traditional: i % 2 == 1));
        }
    }

    /// <summary>An empty corpus folder with site.yml, the templates, and a Hugo config and plain layouts for the same pages.</summary>
    internal static void Start(string root, string templatesFrom)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "site.yml"), SiteYml);
        CopyFolder(templatesFrom, Path.Combine(root, "templates"));
        HugoSite.Write(root);
    }

    private static string Page(int index, string section, bool traditional)
    {
        var random = new Random(index * 7919 + 17);
        var date = new DateTime(2020, 1, 1).AddDays(index % 2000);
        var title = $"{Pick(random, Regions)}{Pick(random, Objects)}情况通报（第{index + 1}期）";
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\n");
        sb.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n");
        sb.Append(CultureInfo.InvariantCulture, $"tags: [{Pick(random, Tags)}, {Pick(random, Tags)}]\n");
        sb.Append(CultureInfo.InvariantCulture, $"region: {Pick(random, Regions)}\n");
        if (traditional)
        {
            sb.Append("lang: zh-Hant\n");
        }

        if (section == "results")
        {
            var batches = random.Next(20, 60);
            sb.Append(CultureInfo.InvariantCulture, $"batches: {batches}\npassed: {batches - random.Next(0, 5)}\n");
        }

        sb.Append("---\n\n");
        for (var h = 1; h <= 4; h++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"## {"一二三四"[h - 1]}、{Pick(random, Objects)}\n\n");
            for (var p = 0; p < 3; p++)
            {
                for (var s = 0; s < 4; s++)
                {
                    sb.Append(Pick(random, Subjects)).Append(Pick(random, Verbs)).Append(Pick(random, Objects)).Append(Pick(random, Tails));
                }

                sb.Append("\n\n");
            }
        }

        sb.Append("| 项目 | 批次 | 合格率 |\n| --- | --- | --- |\n");
        sb.Append(CultureInfo.InvariantCulture, $"| {Pick(random, Objects)} | {random.Next(10, 90)} | {random.Next(80, 100)}% |\n");
        var text = sb.ToString();
        return traditional ? Convert(text) : text;
    }

    private static string Convert(string text)
    {
        var sb = new StringBuilder(text);
        foreach (var (from, to) in ToTraditional)
        {
            sb.Replace(from, to);
        }

        return sb.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private const string SiteYml = """
        title: 基准测试市场监督管理局
        baseUrl: https://bench.example.gov.cn/
        siteIdCode: "0000000000"
        menu:
          - { name: 首页, url: / }
          - { name: 通知公告, url: /notices/ }
          - { name: 消费提示, url: /guides/ }
          - { name: 抽查结果, url: /results/ }

        """;
}
