using System.Globalization;
using System.Text;
using QualitySite.Generator.Conversion;

namespace QualitySite.Bench;

/// <summary>
/// A corpus shaped like a bureau's real notices (issue 15): 8–12 KB and 2,000–3,000 Han characters
/// per page in four or five "## 一、…" sections of paragraphs, one bullet list and one pipe table;
/// a title, a date from 2012 to 2026, three tags of about 40 product terms and one of 14 regions
/// (provinces, Hong Kong, Macao, Taiwan); notices, guides and results in equal parts; a quarter of
/// the pages in Traditional script and now and then a Traditional paragraph on a Simplified page;
/// a title used twice here and there. Deterministic: the same page count gives the same bytes.
/// </summary>
public static class RealCorpus
{
    private static readonly string[] Products =
    [
        "羊绒衫", "儿童服装", "电动自行车", "木地板", "眼镜镜片", "电梯", "预包装食品", "计量器具", "手机", "燃气灶",
        "电热水器", "插座", "电线电缆", "安全帽", "摩托车头盔", "塑料玩具", "学生文具", "纸尿裤", "化妆品", "洗衣机",
        "空调器", "电饭煲", "电冰箱", "汽车轮胎", "建筑钢材", "水泥", "陶瓷砖", "内墙涂料", "婴儿推车", "床上用品",
        "运动鞋", "校服", "保温杯", "不粘锅", "净水器", "手机充电器", "移动电源", "燃气热水器", "灭火器", "医用口罩",
    ];

    private static readonly string[] Regions = ["北京市", "上海市", "广东省", "江苏省", "浙江省", "山东省", "四川省", "湖北省", "福建省", "河南省", "陕西省", "香港", "澳门", "台湾"];
    private static readonly string[] Subjects = ["市场监管部门", "各级质检机构", "消费者", "生产企业", "经营单位", "电商平台经营者", "行业协会", "检验检测机构", "基层执法人员", "质量技术专家", "街道和社区"];
    private static readonly string[] Verbs = ["组织开展了", "持续推进", "认真落实", "重点检查了", "依法查处了", "广泛宣传", "及时公布了", "全面排查", "抽样检验了", "跟踪复查了", "督促整改了"];
    private static readonly string[] Aspects = ["纤维含量", "标识标注", "甲醛释放量", "耐磨性能", "电气安全", "能效等级", "阻燃性能", "可迁移元素", "微生物指标", "计量准确度", "强制性认证标志", "使用说明书"];
    private static readonly string[] Tails =
    [
        "，切实维护消费者合法权益。", "，进一步提升产品质量水平。", "，相关结果将向社会公布。", "，发现问题的已责令限期整改。",
        "，营造放心消费环境。", "，推动质量强省建设。", "，不合格产品已全部下架封存。", "，并对复检结果进行了公示。",
        "，群众反映的问题得到及时回应。", "，涉及的企业已被约谈。",
    ];

    private static readonly string[] Advice =
    [
        "选购时查看吊牌上的纤维成分和含量", "认准强制性产品认证（3C）标志", "保留购物凭证和发票", "不要购买无厂名厂址的产品",
        "使用前仔细阅读说明书", "发现质量问题拨打12315投诉", "定期检查产品的使用状况", "警惕价格明显偏低的商品",
    ];

    private static readonly string[] Kinds = ["notices", "guides", "results"];

    public static void Write(string root, int pages, string templatesFrom)
    {
        CorpusGenerator.Start(root, templatesFrom);
        var titles = new string[pages];
        for (var i = 0; i < pages; i++)
        {
            var section = Kinds[i % Kinds.Length];
            var random = new Random(i * 7919 + 17);
            var traditional = i % 4 == 3;

            // Now and then a notice goes out twice under one title (a correction, a reissue).
            titles[i] = i > 10 && i % 37 == 0 ? titles[i - 6] : Title(random, section, i);
            var dir = Path.Combine(root, "content", section);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, $"page-{i:D5}.md"), Page(random, titles[i], section, traditional, i));
        }
    }

    private static string Title(Random random, string section, int index) => section switch
    {
        "notices" => $"{Pick(random, Regions)}市场监督管理局关于开展{Pick(random, Products)}质量专项整治的通知（{2012 + index % 15}年第{index % 40 + 1}号）",
        "guides" => $"{Pick(random, Products)}怎么选？{Pick(random, Aspects)}和{Pick(random, Aspects)}要看清（消费提示第{index / 3 + 1}期）",
        _ => $"{Pick(random, Regions)}{Pick(random, Products)}产品质量监督抽查结果通告（第{index % 60 + 1}批）",
    };

    private static string Page(Random random, string title, string section, bool traditional, int index)
    {
        var date = new DateTime(2012, 1, 1).AddDays(random.Next(0, 365 * 15));
        var tags = Products.OrderBy(_ => random.Next()).Take(3).ToArray();
        var sb = new StringBuilder(16 * 1024);
        sb.Append("---\n");
        sb.Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\n");
        sb.Append(CultureInfo.InvariantCulture, $"date: {date:yyyy-MM-dd}\n");
        sb.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", tags)}]\n");
        sb.Append(CultureInfo.InvariantCulture, $"region: {Pick(random, Regions)}\n");
        if (traditional)
        {
            sb.Append("lang: zh-Hant\n");
        }

        if (section == "results")
        {
            var batches = random.Next(20, 120);
            sb.Append(CultureInfo.InvariantCulture, $"batches: {batches}\npassed: {batches - random.Next(0, 8)}\n");
        }

        sb.Append("---\n\n");
        var body = new StringBuilder(12 * 1024);
        var sections = random.Next(4, 6);
        var listAt = random.Next(sections);
        var tableAt = random.Next(sections);
        var traditionalParagraph = !traditional && index % 6 == 1 ? random.Next(sections) : -1;
        for (var h = 0; h < sections; h++)
        {
            body.Append(CultureInfo.InvariantCulture, $"## {"一二三四五"[h]}、{Pick(random, Products)}{Pick(random, Aspects)}情况\n\n");
            var paragraphs = random.Next(3, 5);
            for (var p = 0; p < paragraphs; p++)
            {
                var paragraph = Paragraph(random, tags);
                body.Append(h == traditionalParagraph && p == 0 ? ScriptConverter.Default.ToTraditional(paragraph) : paragraph).Append("\n\n");
            }

            if (h == listAt)
            {
                foreach (var advice in Advice.OrderBy(_ => random.Next()).Take(random.Next(4, 7)))
                {
                    body.Append("- ").Append(advice).Append("。\n");
                }

                body.Append('\n');
            }

            if (h == tableAt)
            {
                body.Append("| 产品名称 | 抽查批次 | 不合格批次 | 主要问题 |\n| --- | ---: | ---: | --- |\n");
                for (var r = random.Next(5, 9); r > 0; r--)
                {
                    var batches = random.Next(10, 90);
                    body.Append(CultureInfo.InvariantCulture, $"| {Pick(random, Products)} | {batches} | {random.Next(0, batches / 5)} | {Pick(random, Aspects)}不符合标准 |\n");
                }

                body.Append('\n');
            }
        }

        sb.Append(traditional ? ScriptConverter.Default.ToTraditional(body.ToString()) : body.ToString());
        return sb.ToString();
    }

    private static string Paragraph(Random random, string[] tags)
    {
        var sb = new StringBuilder(256);
        for (var s = random.Next(3, 6); s > 0; s--)
        {
            sb.Append(Pick(random, Subjects)).Append(Pick(random, Verbs))
                .Append(random.Next(3) == 0 ? Pick(random, tags) : Pick(random, Products)).Append(Pick(random, Aspects))
                .Append(CultureInfo.InvariantCulture, $"专项工作，共检查{random.Next(12, 980)}家次")
                .Append(Pick(random, Tails));
        }

        return sb.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
