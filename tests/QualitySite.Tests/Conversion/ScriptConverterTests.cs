using QualitySite.Generator.Conversion;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Conversion;

public sealed class ScriptConverterTests
{
    /// <summary>Sentences OpenCC 1.1.6 (s2t) gets wrong by cutting forward only or taking a phrase's usual form out of context; its output in the comment.</summary>
    [Theory]
    [InlineData("人人参与质量提升行动", "人人參與質量提升行動")] // OpenCC: 人人蔘與
    [InlineData("质监系统的工作人员", "質監系統的工作人員")] // OpenCC: 質監繫統
    [InlineData("每日志愿人员三十名", "每日志願人員三十名")] // OpenCC: 每日誌願人員
    [InlineData("头发干了再出门", "頭髮乾了再出門")] // OpenCC: 頭髮幹了
    [InlineData("下面条款另有规定的除外", "下面條款另有規定的除外")] // OpenCC: 下麪條款 (面条, noodles)
    [InlineData("皮肤发干怎么办", "皮膚發乾怎麼辦")] // OpenCC: 皮膚髮幹 (肤发)
    [InlineData("三个人参加了比赛", "三個人參加了比賽")] // OpenCC: 三個人蔘加
    [InlineData("病人参加康复训练", "病人參加康復訓練")] // OpenCC: 病人蔘加
    [InlineData("本公告自发布之日起施行", "本公告自發佈之日起施行")] // OpenCC: 自發布 (自发)
    [InlineData("出门记得系好围巾，别着凉", "出門記得繫好圍巾，別着涼")] // OpenCC: 彆着涼 (别着)
    [InlineData("开展新发布国家标准的宣贯", "開展新發佈國家標準的宣貫")] // OpenCC: 新發布 (新发)
    [InlineData("按词组表转换", "按詞組表轉換")] // OpenCC: 詞組錶 (组表)
    [InlineData("标签里没有只在简体中使用的字", "標籤裏沒有只在簡體中使用的字")] // OpenCC: 沒有隻 (有只)
    [InlineData("样本进行复检", "樣本進行複檢")] // OpenCC: 進行復檢 (行复), though its own phrase 复检 is 複檢
    [InlineData("这项技术被发明出来以后", "這項技術被發明出來以後")] // OpenCC: 被髮明 (被发, reported to OpenCC as issue 1497)
    [InlineData("接受BBC中文采访时称，七奈米制程，而非中国自制的光刻机", "接受BBC中文採訪時稱，七奈米製程，而非中國自製的光刻機")] // OpenCC 1.1.6: 中文采訪, 奈米制程, 自制 (reported to OpenCC as issue 805)
    [InlineData("企业参与制造和检验", "企業參與製造和檢驗")] // OpenCC: 參與制造 (与制)
    [InlineData("向粉丝发布新消息", "向粉絲發佈新消息")] // OpenCC: 粉絲髮布 (丝发)
    [InlineData("展示了如何辨别真假", "展示了如何辨別真假")] // OpenCC: 展示瞭如何 (了如)
    [InlineData("不合格产品被发回厂家", "不合格產品被發回廠家")] // OpenCC: 被髮回
    [InlineData("距离县城几十里，另一处还有5里", "距離縣城幾十里，另一處還有5里")] // OpenCC: 幾十裏 (里 after a number is a distance)
    [InlineData("这里的样品", "這裏的樣品")]
    [InlineData("第一批准时交付的产品已经入库", "第一批準時交付的產品已經入庫")]
    [InlineData("屋里收拾得大大干干净净", "屋裏收拾得大大乾乾淨淨")] // OpenCC: 大大幹乾淨淨
    [InlineData("会议审议并发布了新规，该企业整改并成为行业标杆，两种物质混合并产生气体", "會議審議並發佈了新規，該企業整改並成爲行業標杆，兩種物質混合並產生氣體")] // OpenCC: 併發布, 併成爲, 併產生 // OpenCC: 批准時 (批准 "approve" across 一批|准时)
    [InlineData("一只只羊都要检疫", "一隻隻羊都要檢疫")] // OpenCC: 一隻只 (the reduplicated measure word, in st-supplement.tsv)
    [InlineData("这个钟很准", "這個鐘很準")] // OpenCC: 這個鍾 (这个|钟: the measure word before 钟 chooses 鐘, not the first form 鍾)
    public void Does_better_than_forward_matching(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    /// <summary>Where OpenCC is right the engine agrees (OpenCC 1.1.6 s2t output as expected value).</summary>
    [Theory]
    [InlineData("清溪市市场监督管理局", "清溪市市場監督管理局")]
    [InlineData("头发", "頭髮")]
    [InlineData("干部要带头", "幹部要帶頭")]
    [InlineData("买了一只羊绒衫", "買了一隻羊絨衫")]
    [InlineData("针对性的抽查", "針對性的抽查")]
    [InlineData("发展质量", "發展質量")]
    [InlineData("面条和面粉", "麪條和麪粉")]
    [InlineData("这里的后面", "這裏的後面")]
    [InlineData("12315 热线 3C 认证", "12315 熱線 3C 認證")]
    [InlineData("系统", "系統")]
    [InlineData("衣服晒干了", "衣服曬乾了")]
    [InlineData("个人参保信息", "個人參保信息")] // a phrase across two words (人参 in 个人|参保) is refused
    [InlineData("联系统一战线", "聯繫統一戰線")] // 联系|统一, not 系统
    [InlineData("人参制品抽检", "人蔘製品抽檢")]
    [InlineData("西洋参与人参的区别", "西洋參與人蔘的區別")]
    [InlineData("墙上挂着一个钟", "牆上掛着一個鐘")] // 一个|钟 is the word cut, yet the measure word's phrase 个钟 is kept
    [InlineData("他一个人吃了三碗面", "他一個人喫了三碗麪")] // 三碗|面, the phrase 碗面
    [InlineData("这种子弹已经停产", "這種子彈已經停產")]
    [InlineData("他把面包放在了台面上", "他把麪包放在了檯面上")] // 台|面上: a phrase holding whole words of the cut is no crossing
    [InlineData("门口周一条长队都没有", "門口週一條長隊都沒有")] // 周|一条 is the word cut, yet 周一 (Monday) is kept: the number binds loosely to its measure word
    [InlineData("事情办得顺顺当当，里里外外都干干净净，他在外地待了二十余天，西西里里面", "事情辦得順順當當，裏裏外外都乾乾淨淨，他在外地待了二十餘天，西西里裏面")] // a word said twice keeps its word's forms (not 当当 噹噹); 余天 is a name only alone
    [InlineData("为了解说清楚，他画了一张图", "爲了解說清楚，他畫了一張圖")] // 为|了解|说 is a little likelier as words than 为了|解说, yet has more pieces
    [InlineData("她的长发现在已经剪短了", "她的長髮現在已經剪短了")] // 长|发现|在 against 长发|现在
    [InlineData("他来回转头，寻找声音的来源", "他來回轉頭，尋找聲音的來源")] // 来回|转头, not 回转 迴轉
    [InlineData("住了一下城里人的房子", "住了一下城裏人的房子")] // 一|下城|里人 has fewer single characters, but 里人 is a rare word: 城里 stands
    [InlineData("企业改制得以顺利完成", "企業改制得以順利完成")] // 改制|得以: the phrase 制得 (製得) across two words does not choose 改製 // 种子 crosses 子弹: refused though 种 is a measure word
    public void Agrees_with_opencc_where_it_is_right(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    [Theory]
    [InlineData(TraditionalVariant.Taiwan, "软件和网络", "軟體和網路")]
    [InlineData(TraditionalVariant.HongKong, "为户外", "為户外")]
    [InlineData(TraditionalVariant.Standard, "软件和网络", "軟件和網絡")]
    public void Variants_follow_the_sites_choice(TraditionalVariant variant, string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.With(new Dictionary<string, string>(), variant).ToTraditional(simplified));

    /// <summary>
    /// Taiwan usage where OpenCC lists the computing sense first and the word itself beside it
    /// (OpenCC 1.1.6 s2twp: 統一社會信用程式碼, 透過檢測, 社群居民, 餐廳選單, 迴圈經濟): the everyday
    /// word is kept; "by means of" still takes 透過, a computing word still its Taiwan form.
    /// </summary>
    [Theory]
    [InlineData("统一社会信用代码", "統一社會信用代碼")]
    [InlineData("产品通过检测，社区居民和服务对象", "產品通過檢測，社區居民和服務對象")]
    [InlineData("餐厅菜单和循环经济", "餐廳菜單和循環經濟")]
    [InlineData("通过扫描二维码查询", "透過掃描二維碼查詢")]
    [InlineData("便携式灭火器", "攜帶式滅火器")]
    [InlineData("软件的源代码和视频", "軟體的原始碼和影片")]
    [InlineData("艾滋病患者的氨基酸检测，激光打印机的图像", "愛滋病患者的胺基酸檢測，雷射印表機的影像")] // OpenCC 1.1.6: 艾滋病, 氨基酸, 鐳射, 影象; 1.4.1's entries (tw-upstream-phrases.tsv)
    [InlineData("禁用偶氮染料和调制乳粉经审核合格", "禁用偶氮染料和調製乳粉經審核合格")] // 1.4.1 would write 停用, 調變; 1.1.6 and 1.4.1 稽核
    [InlineData("协调制定标准", "協調制定標準")] // 1.1.6's 調制 → 調變, dropped in 1.4.1, had made it 協調變定
    [InlineData("按照法定程序查处非法添加，检验项目和政府文件", "按照法定程序查處非法添加，檢驗項目和政府文件")] // OpenCC s2twp: 法定程式, 非法新增, 檢驗專案, 政府檔案
    [InlineData("电动自行车的应用程序和项目经理下载文件", "電動自行車的應用程式和專案經理下載檔案")] // the computing words keep their Taiwan forms
    [InlineData("总局发布特种设备检验参数，局部地区电梯运行正常，包罗万象", "總局發布特種設備檢驗參數，局部地區電梯運行正常，包羅萬象")] // OpenCC s2twp: 釋出, 特種裝置, 引數, 區域性地區, 執行, 包羅永珍
    [InlineData("移动设备的触摸屏", "行動裝置的觸控螢幕")]
    [InlineData("改变量子比特，少数组织聚集成群", "改變量子位元，少數組織聚集成群")] // OpenCC s2twp (reported in its issue 1497): 改變數子位元, 少陣列織, 聚整合群
    [InlineData("封包在线上传输，用户在线，在线客服", "封包在線上傳輸，使用者線上，線上客服")] // the Taiwan phrase 在線 (線上, online) had made it 封包線上上傳輸
    [InlineData("调用财政资金，设备调试完成，请查看附件，管道接口处渗水", "調用財政資金，設備調試完成，請查看附件，管道接口處滲水")] // OpenCC s2twp: 呼叫財政資金, 裝置除錯, 檢視, 介面處
    [InlineData("企业导入新技术，导入数据", "企業導入新技術，匯入資料")] // OpenCC s2twp: 匯入新技術
    public void Taiwan_usage_keeps_everyday_words(string simplified, string taiwan) =>
        Assert.Equal(taiwan, ScriptConverter.Default.With(new Dictionary<string, string>(), TraditionalVariant.Taiwan).ToTraditional(simplified));

    [Theory]
    [InlineData("羊絨衫的質量", "羊绒衫的质量")]
    [InlineData("頭髮乾了", "头发干了")]
    [InlineData("他笑著說，看著他，穿著整齊，衣著樸素，睡著了，別著急，飛機著陸，執著", "他笑着说，看着他，穿着整齐，衣着朴素，睡着了，别着急，飞机着陆，执着")] // OpenCC t2s keeps 著 in each
    [InlineData("著作權，著名品牌，顯著提高，古典名著，他所著的書，土著居民，以質量著稱", "著作权，著名品牌，显著提高，古典名著，他所著的书，土著居民，以质量著称")]
    public void Traditional_becomes_simplified(string traditional, string simplified) =>
        Assert.Equal(simplified, ScriptConverter.ToSimplified(traditional));

    [Fact]
    public void The_sites_own_terms_come_before_the_tables()
    {
        Assert.Equal("崑山市場", ScriptConverter.Default.ToTraditional("昆山市场"));
        var converter = ScriptConverter.Default.With(new Dictionary<string, string> { ["昆山"] = "昆山" });
        Assert.Equal("昆山市場", converter.ToTraditional("昆山市场"));

        // Before the context rules too: a term over 干 or 不准 keeps the site's form.
        Assert.Equal("毛巾乾了，此處不准停車", ScriptConverter.Default.ToTraditional("毛巾干了，此处不准停车"));
        var insisting = ScriptConverter.Default.With(new Dictionary<string, string> { ["毛巾干了"] = "毛巾幹了", ["不准停车"] = "不準停車" });
        Assert.Equal("毛巾幹了，此處不準停車", insisting.ToTraditional("毛巾干了，此处不准停车"));
    }

    /// <summary>Each rebuild reads site.yml again: the same terms give the same converter (its tables and remembered texts), other terms another.</summary>
    [Fact]
    public void The_same_terms_read_again_share_one_converter_and_changed_terms_take_effect()
    {
        var first = ScriptConverter.Default.With(new Dictionary<string, string> { ["昆山"] = "昆山", ["台州"] = "台州" });
        var again = ScriptConverter.Default.With(new Dictionary<string, string> { ["台州"] = "台州", ["昆山"] = "昆山" });
        var changed = ScriptConverter.Default.With(new Dictionary<string, string> { ["昆山"] = "崑山", ["台州"] = "台州" });
        Assert.Same(first, again);
        Assert.NotSame(first, changed);
        Assert.Equal("昆山市場", first.ToTraditional("昆山市场"));
        Assert.Equal("崑山市場", changed.ToTraditional("昆山市场"));
        Assert.NotSame(first, ScriptConverter.Default.With(new Dictionary<string, string> { ["昆山"] = "昆山", ["台州"] = "台州" }, TraditionalVariant.Taiwan));
    }

    [Fact]
    public void Menu_and_section_names_of_a_traditional_page_follow_site_terms()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: 昆山市市场监督管理局\nbaseUrl: https://example.gov.cn/\nsiteIdCode: \"1234567890\"\nmenu:\n  - { name: 昆山通知, url: /notices/ }\ntraditional:\n  terms:\n    昆山: 昆山\n",
            ["content/notices/a.md"] = "---\ntitle: 公告\ndate: 2026-01-05\nlang: zh-Hant\n---\n\n本頁內容。\n",
        });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var html = site.ReadOutput("notices/a/index.html");
        Assert.Contains(">昆山通知</a>", html);
        Assert.Contains("昆山市市場監督管理局", html);
        Assert.Contains("主辦單位", html);
    }

    /// <summary>Words of consumer goods and inspection notices OpenCC's tables lack (Data/st-supplement.tsv); OpenCC 1.1.6 writes the usual single-character form (its output in the comment).</summary>
    [Theory]
    [InlineData("这台洗衣机的甩干功能出现故障", "這臺洗衣機的甩乾功能出現故障")] // OpenCC: 甩幹
    [InlineData("本次抽检涉及面制品和干制品", "本次抽檢涉及麪製品和乾製品")] // OpenCC: 面製品
    [InlineData("干垃圾投入灰色垃圾桶", "乾垃圾投入灰色垃圾桶")] // OpenCC: 幹垃圾
    [InlineData("假发等发制品", "假髮等髮製品")] // OpenCC: 發製品
    [InlineData("空调制热效果差", "空調製熱效果差")] // OpenCC: 制熱
    [InlineData("天后宫是著名的古迹", "天后宮是著名的古蹟")] // OpenCC agrees; the word cut 天|后宫 had made it 天後宮
    [InlineData("查获假冒复合肥和往复式压缩机", "查獲假冒複合肥和往復式壓縮機")] // OpenCC agrees; the cuts had made them 復合肥, 往複式
    [InlineData("双汇火腿肠", "雙匯火腿腸")]
    [InlineData("抽检地瓜干、荔枝干和冻干食品", "抽檢地瓜乾、荔枝乾和凍乾食品")] // OpenCC: 地瓜幹, 荔枝幹, 凍幹
    [InlineData("这周起实行新的周计划", "這週起實行新的週計劃")] // OpenCC: 這周, 周計劃
    [InlineData("一辆翻斗车", "一輛翻斗車")] // OpenCC agrees; the word cut 翻斗|车 had made it 翻鬥
    [InlineData("燃气表和冷水表每年校验", "燃氣錶和冷水錶每年校驗")] // OpenCC: 燃氣表
    [InlineData("单用途预付卡发卡企业应当备案", "單用途預付卡發卡企業應當備案")] // OpenCC: 髮卡企業
    [InlineData("发卡机构违规发卡的，停止发卡", "發卡機構違規發卡的，停止發卡")] // OpenCC: 髮卡 three times
    [InlineData("她头上戴着一个发卡", "她頭上戴着一個髮卡")] // the hair clip keeps 髮
    [InlineData("不得超额发卡，发卡额度和发卡主体应当备案", "不得超額發卡，發卡額度和發卡主體應當備案")] // OpenCC: 髮卡 three times
    [InlineData("胸前别着党徽，头上别着发卡，跟人别着劲", "胸前別着黨徽，頭上別着髮卡，跟人彆着勁")] // OpenCC: 彆着黨徽, 彆着髮卡
    [InlineData("固体饮料冲调后饮用，不宜用沸水冲奶粉", "固體飲料沖調後飲用，不宜用沸水沖奶粉")] // OpenCC: 衝調, 衝奶粉
    [InlineData("这批姜粉和鲜姜中检出二氧化硫", "這批薑粉和鮮薑中檢出二氧化硫")] // OpenCC: 姜粉, 鮮姜
    [InlineData("姜某销售的泡姜和姜蒜调料", "姜某銷售的泡薑和薑蒜調料")] // the surname keeps 姜; OpenCC: 泡姜, 姜蒜
    [InlineData("自来水管道里有锈迹，走道里堆满杂物", "自來水管道裏有鏽跡，走道裏堆滿雜物")] // OpenCC: 管道里, 走道里 (道里 is the district)
    [InlineData("耐干摩擦色牢度不合格，请消费者到公平秤复秤", "耐乾摩擦色牢度不合格，請消費者到公平秤複秤")] // OpenCC: 耐幹摩擦, 復秤
    public void Knows_consumer_goods_words_opencc_lacks(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    /// <summary>
    /// 系 meaning "is" in notices (当事人系…, 均系不合格产品) takes 係, and 周 meaning "week" in
    /// report words takes 週 (OpenCC 1.1.6 writes 系 and 周 in all of these); where the word cut
    /// puts 系 or 周 in another word (联系, 体系, 系统, 四周), the character stays as it was. Food
    /// made on the spot (自制饮品) and machine-made goods (机制面) take 製.
    /// </summary>
    [Theory]
    [InlineData("经查，当事人系该门店的实际经营者。", "經查，當事人係該門店的實際經營者。")]
    [InlineData("两批次样品均系不合格产品", "兩批次樣品均係不合格產品")]
    [InlineData("涉案产品系假冒注册商标的商品", "涉案產品係假冒註冊商標的商品")]
    [InlineData("该产品系进口商品，纯系捏造", "該產品係進口商品，純係捏造")]
    [InlineData("联系该企业，联系进口商，联系其他部门", "聯繫該企業，聯繫進口商，聯繫其他部門")]
    [InlineData("体系由三部分组成，经营者系统由专人维护", "體系由三部分組成，經營者系統由專人維護")]
    [InlineData("周例会通报了本周销量和上周环比", "週例會通報了本週銷量和上週環比")]
    [InlineData("四周均匀涂抹", "四周均勻塗抹")]
    [InlineData("店内自制饮品和家庭自制腊肉", "店內自製飲品和家庭自製臘肉")] // OpenCC: 自制 (self-control)
    [InlineData("缺乏自制力", "缺乏自制力")]
    [InlineData("机制砂和机制面，长效机制面临困难", "機製砂和機製麪，長效機制面臨困難")] // OpenCC: 機制砂, 機制面
    [InlineData("经查，该批化肥系店主从外地一家无证小作坊购进", "經查，該批化肥係店主從外地一家無證小作坊購進")] // OpenCC: 系店主
    [InlineData("上述产品系当事人自行生产，请联系当事人", "上述產品係當事人自行生產，請聯繫當事人")] // OpenCC: 系當事人
    [InlineData("河南省范县，创建示范县，规范县级财政管理", "河南省范縣，創建示範縣，規範縣級財政管理")] // OpenCC: 範縣
    [InlineData("市场推广部的同事，两广部分地区", "市場推廣部的同事，兩廣部分地區")] // OpenCC: 推广部 (广部 is the radical's name)
    [InlineData("他说出征地补偿的真实标准，做好征地拆迁工作，大军出征地点在城北", "他說出徵地補償的真實標準，做好徵地拆遷工作，大軍出征地點在城北")] // the word cut's 说|出征|地 had made it 出征 (OpenCC: 說出徵地, by its forward cut)
    [InlineData("补贴按人头发放到每户，慰问金按人头发给困难群众", "補貼按人頭發放到每戶，慰問金按人頭發給困難羣衆")] // OpenCC: 人頭髮放, 人頭髮給
    public void Words_of_notices_and_reports_take_their_own_forms(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    /// <summary>
    /// Words of food, cosmetics, textile and building-material inspections that OpenCC 1.1.6 lacks
    /// (Data/st-supplement.tsv): 干 "dry" (以干基计, 干挂, 干密度), 制 "made" by a way of cooking
    /// (炒制, 蒸制, 现制现售), 面 "flour" (面米制品, 鲜湿面), 发 "hair" (发用, 育发), 系 "tie", 困
    /// "sleepy". Where 干 is the verb before a word of its own (干|法律, 干|基层) it stays 幹.
    /// </summary>
    [Theory]
    [InlineData("蛋白质（以干基计）不低于百分之十", "蛋白質（以乾基計）不低於百分之十")] // OpenCC: 以幹基計
    [InlineData("外墙采用干挂石材，干混砂浆的干密度符合要求", "外牆採用乾掛石材，乾混砂漿的乾密度符合要求")] // OpenCC: 幹掛, 幹混, 幹密度
    [InlineData("耐干摩擦色牢度不合格", "耐乾摩擦色牢度不合格")] // OpenCC: 耐幹摩擦
    [InlineData("当事人在店内现制现售奶茶", "當事人在店內現製現售奶茶")] // OpenCC: 現制現售
    [InlineData("抽检炒制茶叶和蒸制面食", "抽檢炒製茶葉和蒸製麪食")] // OpenCC: 蒸制面食
    [InlineData("速冻面米制品抽检结果", "速凍麪米製品抽檢結果")] // OpenCC: 面米制品
    [InlineData("发用产品和育发类化妆品", "髮用產品和育髮類化妝品")] // OpenCC: 發用, 育發
    [InlineData("开车犯困时应停车休息", "開車犯睏時應停車休息")] // OpenCC: 犯困
    [InlineData("系领带和系围巾时", "繫領帶和繫圍巾時")] // OpenCC: 系領帶, 系圍巾
    [InlineData("在马里工作的同胞", "在馬里工作的同胞")] // OpenCC: 馬裏
    [InlineData("油泼面和鲜湿面都要冷藏", "油潑麪和鮮溼麪都要冷藏")] // OpenCC: 油潑面, 鮮溼面
    [InlineData("泡菜坛要洗净晾干", "泡菜罈要洗淨晾乾")] // OpenCC: 泡菜壇
    [InlineData("他想干法律工作", "他想幹法律工作")]
    [InlineData("我们干基层工作", "我們幹基層工作")]
    [InlineData("加油机液面计读数异常，严禁乱发小广告", "加油機液面計讀數異常，嚴禁亂發小廣告")] // OpenCC: 液麪計, 亂髮小廣告
    [InlineData("台风在太平洋洋面上生成，她一头乱发", "颱風在太平洋洋面上生成，她一頭亂髮")] // OpenCC: 洋麪
    [InlineData("货值金额折合人民币三万元，另有折合椅两把", "貨值金額折合人民幣三萬元，另有摺合椅兩把")] // OpenCC: 摺合人民幣 (折合 "amounts to", not "folds")
    public void Words_of_product_inspections_take_their_own_forms(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    /// <summary>
    /// 干 said of something that dries (clothes, paint, skin, a river), with words such as 已经, 还没
    /// or 有点 between, is 乾; said of a person, or with a length of time after it, it is 幹.
    /// OpenCC 1.1.6 writes 幹 in the first five (皮膚有點幹, 毛巾幹不幹); 空氣很乾 and 河水乾 it has as phrases.
    /// </summary>
    [Theory]
    [InlineData("衣服干了", "衣服乾了")]
    [InlineData("洗好的衣服还没干", "洗好的衣服還沒乾")]
    [InlineData("墙面干了再刷第二遍", "牆面乾了再刷第二遍")]
    [InlineData("冬天皮肤有点干，空气很干", "冬天皮膚有點乾，空氣很乾")]
    [InlineData("毛巾干不干？", "毛巾乾不乾？")]
    [InlineData("河水干了，鱼也死了", "河水乾了，魚也死了")]
    [InlineData("这口井早就干了，地上的水已经干了", "這口井早就乾了，地上的水已經乾了")] // OpenCC: 早就幹了, 已經幹了
    [InlineData("饭菜放久了会干，面包放到第二天就干了，衣服晾在外面，一会儿就干了；衣服我来干，墙面的活他一个人干了，他马上就干了起来", "飯菜放久了會乾，麪包放到第二天就乾了，衣服晾在外面，一會兒就乾了；衣服我來幹，牆面的活他一個人幹了，他馬上就幹了起來")] // OpenCC: 會幹, 就幹了 three times
    [InlineData("这条河早就干了，小溪已经干了，他把酒一饮而干，一个人干拿工资；河南人干活很卖力，我们去河边，干不干？", "這條河早就乾了，小溪已經乾了，他把酒一飲而乾，一個人乾拿工資；河南人幹活很賣力，我們去河邊，幹不幹？")] // OpenCC: 早就幹了, 已經幹了, 一飲而幹, 幹拿
    [InlineData("他的水平很高，干了很多实事；他在水利局干了十年", "他的水平很高，幹了很多實事；他在水利局幹了十年")] // 水 inside a word names nothing wet
    [InlineData("他干了三十年质检", "他幹了三十年質檢")]
    [InlineData("你干不干？", "你幹不幹？")]
    [InlineData("用双手干了一辈子", "用雙手幹了一輩子")]
    [InlineData("穿上衣服干活", "穿上衣服幹活")]
    [InlineData("衣服干净整洁", "衣服乾淨整潔")]
    [InlineData("他干了这杯酒，一口气干了三杯，又把酒杯里的酒干了", "他乾了這杯酒，一口氣乾了三杯，又把酒杯裏的酒乾了")] // OpenCC: 一口氣幹了三杯
    [InlineData("外干内湿的柴火，上湿下干，干湿分离，他在外干活", "外乾內溼的柴火，上溼下乾，乾溼分離，他在外幹活")] // 干 set against 湿; OpenCC: 外幹內溼, 上溼下幹
    [InlineData("这件事他干了，干了这件事又干了三年", "這件事他幹了，幹了這件事又幹了三年")]
    [InlineData("骨干一杯茶，大家干一杯", "骨幹一杯茶，大家乾一杯")] // 骨干 ends a word: no toast
    [InlineData("快把晒的衣服收进来，都快干了；毛巾拧了拧，晾在外面，很快就干了", "快把曬的衣服收進來，都快乾了；毛巾擰了擰，晾在外面，很快就乾了")] // an earlier clause names what dries
    [InlineData("衣服洗好了，他干了一天活；天气很好，干不干？大家都干了", "衣服洗好了，他幹了一天活；天氣很好，幹不幹？大家都幹了")] // a person before it, or only the weather
    public void Something_that_dries_takes_乾(string simplified, string traditional) =>
        AssertSplitAndWhole(simplified, traditional);

    /// <summary>Everyday words OpenCC 1.1.6 lacks, where a character's first form is wrong: 卷 "roll up", 钟 "clock", 困 "sleepy", 冲 "brew".</summary>
    [Theory]
    [InlineData("他把试卷卷好放进卷宗", "他把試卷捲好放進卷宗")] // OpenCC: 卷好
    [InlineData("店里摆着一座古董钟，还有几块古董钟表；他对古董钟情已久", "店裏擺着一座古董鐘，還有幾塊古董鐘錶；他對古董鍾情已久")] // OpenCC: 古董鍾; 古董鐘 alone made 古董鐘情, 古董鐘表
    [InlineData("他只是有点困，不是有点困难", "他只是有點睏，不是有點困難")] // OpenCC: 有點困
    [InlineData("这条街上有几家烟酒店，他买了两条烟，一条烟囱", "這條街上有幾家菸酒店，他買了兩條菸，一條煙囪")] // the word cut's 烟|酒店 had refused 菸酒; OpenCC: 兩條煙
    [InlineData("伯伯娘娘都来了", "伯伯娘娘都來了")] // two doubled words, not 伯娘 said twice; OpenCC: 伯伯孃娘
    [InlineData("这双鞋有点松，裤腰太松了，这里有点松树", "這雙鞋有點鬆，褲腰太鬆了，這裏有點松樹")] // OpenCC: 有點松, 太松了
    [InlineData("钟坏了，把钟挂在墙上，钟很准，去买钟，钟表面有划痕，这款手表面不错；钟华说，见到了钟华，钟情于书法，他用手表达了谢意", "鐘壞了，把鐘掛在牆上，鐘很準，去買鐘，鐘錶面有劃痕，這款手錶面不錯；鍾華說，見到了鍾華，鍾情於書法，他用手表達了謝意")]
    [InlineData("一只钟，那台钟，每个钟都很准，买了一台钟，这台钟表很贵；桌上的台钟，一个钟姓男子", "一隻鐘，那臺鐘，每個鐘都很準，買了一臺鐘，這臺鐘錶很貴；桌上的檯鐘，一個鍾姓男子")] // counted or pointed at: a clock (OpenCC: 一隻鍾, 那臺鍾, 這檯鐘表); 台钟 alone is a table clock
    [InlineData("人生得一个钟子期足矣", "人生得一個鍾子期足矣")] // a name the word cut knows is no clock
    [InlineData("我想养只猫，他买了只鸡，门口蹲着只猫，丢了只鞋，我想养只穿山甲，他看到只狐狸", "我想養隻貓，他買了隻雞，門口蹲着隻貓，丟了隻鞋，我想養隻穿山甲，他看到隻狐狸")] // 一 left out before the measure word (OpenCC: 養只貓, 買了只雞 …)
    [InlineData("他养了只小白兔，门口蹲着只大黄狗，买了只老母鸡；他只白天上班，他只小心地走", "他養了隻小白兔，門口蹲着隻大黃狗，買了隻老母雞；他只白天上班，他只小心地走")] // what the animal is like may come first (OpenCC: 養了只小白兔 …)
    [InlineData("我只想养猫，不只猫喜欢晒太阳，他们只鸡鸭都卖，买了只鸡蛋，这是只有猫才懂的", "我只想養貓，不只貓喜歡曬太陽，他們只雞鴨都賣，買了只雞蛋，這是只有貓才懂的")] // "only": before a verb, after an adverb or a subject, before a word that only starts with an animal (OpenCC: 這是隻有)
    [InlineData("周六只上半天课，周三只营业半天，第三只，买了十三只鸡", "週六只上半天課，週三只營業半天，第三隻，買了十三隻雞")] // a weekday ends in a numeral, but 只 after it is "only" (ours had 週三隻營業 by the phrase 三只)
    [InlineData("以只鸡斗酒祭之，只要有鸡", "以隻雞斗酒祭之，只要有雞")] // the idiom counts one chicken (OpenCC 1.1.6: 只雞斗酒)
    [InlineData("发霉的干饼，若干饼干，麦子磨成面", "發黴的乾餅，若干餅乾，麥子磨成麪")] // OpenCC: 幹餅, 磨成面
    [InlineData("他刮了胡子，把脸刮得干干净净，刮走铁锈；刮台风，大风刮了一夜，台风刮倒了大树，外面刮起了沙尘暴", "他刮了鬍子，把臉刮得乾乾淨淨，刮走鐵鏽；颳颱風，大風颳了一夜，颱風颳倒了大樹，外面颳起了沙塵暴")] // OpenCC: 颳了鬍子, 颳得乾乾淨淨, 颳走, 刮颱風
    [InlineData("搜刮风险，他刮胡子的风格，刮目相看，刮痧", "搜刮風險，他刮鬍子的風格，刮目相看，刮痧")] // 风 in a word that is no wind; 刮 inside a word
    [InlineData("他卷起来了，工厂制出来的产品，他把孩子背回来，她松开来，鱼游回来了，他把药咽下去；他挨上来了", "他捲起來了，工廠製出來的產品，他把孩子揹回來，她鬆開來，魚游回來了，他把藥嚥下去；他挨上來了")] // a verb the cut leaves before 起来/出来 … takes its phrase's form (ours wrote 卷起來, 制出來, 遊回來 before); OpenCC: 捱上來
    [InlineData("他给这条微博点了个赞，网友狂赞，我赞成，他赞助了活动；他系上了安全带", "他給這條微博點了個讚，網友狂讚，我贊成，他贊助了活動；他繫上了安全帶")] // OpenCC: 點了個贊, 狂贊 (the praise is 讚, support 贊); ours cut 系上|了 apart before
    [InlineData("头发没干时不要躺下，等油漆干后再刷，他干时很认真，这活儿没干时", "頭髮沒乾時不要躺下，等油漆乾後再刷，他幹時很認真，這活兒沒幹時")] // OpenCC: 沒幹時, 幹後, 干時 (its phrase 干时 is "seek office")
    [InlineData("腊肉挂在通风处，表面干了再收起来；他手干了就不痒了；羊绒衫可以卷在干毛巾里，卷着袖子，卷好的画；试卷在桌上", "臘肉掛在通風處，表面乾了再收起來；他手乾了就不癢了；羊絨衫可以捲在乾毛巾裏，捲着袖子，捲好的畫；試卷在桌上")] // OpenCC: 表面幹了, 手幹了, 卷在, 卷着, 卷好
    [InlineData("面板上有一层干了的面糊，这批干海参，干鲍鱼，干玉米；他在基层干了很久，高层干了什么", "面板上有一層乾了的麪糊，這批乾海參，乾鮑魚，乾玉米；他在基層幹了很久，高層幹了什麼")] // OpenCC: 幹了的麪糊, 幹海蔘, 幹鮑魚 (sea cucumber is 海參; 蔘 is ginseng)
    [InlineData("他把系在腰上的绳子松开，关系在于，中文系在三楼；面条卷成一卷卷，装进面袋里", "他把繫在腰上的繩子鬆開，關係在於，中文系在三樓；麪條捲成一捲捲，裝進麪袋裏")] // OpenCC: 系在腰上, 一卷卷, 面袋
    [InlineData("今年的大白菜卷得紧，冬至饺子夏至面，面和得软硬适中；试卷得了满分，面和心不和", "今年的大白菜捲得緊，冬至餃子夏至麪，麪和得軟硬適中；試卷得了滿分，面和心不和")] // OpenCC: 卷得緊, 夏至面, 面和得
    [InlineData("扎风筝，扎灯笼，她每天早上扎头发，扎马尾；扎了一刀，扎针，挣扎", "紮風箏，紮燈籠，她每天早上紮頭髮，紮馬尾；扎了一刀，扎針，掙扎")] // tying is 紮, pricking 扎 (OpenCC: 扎風箏, 扎頭髮, 紮了一刀)
    [InlineData("加入葱、姜、八角和桂皮，放点姜去腥，蒜和姜切末，切一小块姜；姜文导演，名片姜先生，照片姜", "加入蔥、薑、八角和桂皮，放點薑去腥，蒜和薑切末，切一小塊薑；姜文導演，名片姜先生，照片姜")] // OpenCC: 蔥、姜, 放點姜 (the surname's form)
    [InlineData("秋天容易出现口干、鼻干、皮肤干痒，舌干口燥", "秋天容易出現口乾、鼻乾、皮膚乾癢，舌乾口燥")] // OpenCC: 鼻幹, 幹癢, 舌幹
    [InlineData("茄子干，土豆干很好吃，土豆干什么用，柠檬干泡水，这批干品，能干品德好，干嗽不止，干散货码头", "茄子乾，土豆乾很好喫，土豆幹什麼用，檸檬乾泡水，這批乾品，能幹品德好，乾嗽不止，乾散貨碼頭")] // dried foods and dry goods (OpenCC: 茄子幹, 土豆幹很好喫, 幹品, 幹嗽, 幹散貨)
    [InlineData("鸡蛋卷，肉卷，寿司卷，卷绕机，浪花翻卷，铺盖卷；试卷，考卷", "雞蛋捲，肉捲，壽司捲，捲繞機，浪花翻捲，鋪蓋捲；試卷，考卷")] // rolls (OpenCC: 雞蛋卷, 肉卷, 卷繞機, 翻卷)
    [InlineData("十二点钟，敲了三下钟，寺里的钟；去找老钟。老态龙钟，情有独钟", "十二點鐘，敲了三下鐘，寺裏的鐘；去找老鍾。老態龍鍾，情有獨鍾")] // o'clock and a bell ending a clause (OpenCC: 敲了三下鍾; ours wrote 十二點鍾 before)
    [InlineData("打了三斗粮食，四斗米，两斗，三斗坪；才高八斗，两人斗了起来，斗地主", "打了三斗糧食，四斗米，兩斗，三斗坪；才高八斗，兩人鬥了起來，鬥地主")] // 斗 after a number is the measure (OpenCC: 三鬥糧食, 兩鬥)
    [InlineData("高粱面，面片汤，加一勺碱面，猫耳朵面", "高粱麪，麪片湯，加一勺鹼麪，貓耳朵麪")] // flours and noodles (OpenCC: 高粱面, 面片湯, 鹼面, 貓耳朵面)
    [InlineData("他被钉子扎了一下，手被针扎了，他被扎了一针，脚被玻璃扎了个口子，一根刺扎在手指上；用皮筋扎了一下头发，他把红绸扎在腰上；两栋楼挨得太近了", "他被釘子扎了一下，手被針扎了，他被扎了一針，腳被玻璃扎了個口子，一根刺扎在手指上；用皮筋紮了一下頭髮，他把紅綢紮在腰上；兩棟樓挨得太近了")] // pricked, not tied (OpenCC: 紮了一下, 針紮了, 被紮了, 刺紮在); close to, not enduring (OpenCC: 捱得太近)
    [InlineData("包括香菇干、紫菜干和蔬菜干，买了一袋蓝莓干；你买这么多蔬菜干什么；和了一盆面，吃了一桶面", "包括香菇乾、紫菜乾和蔬菜乾，買了一袋藍莓乾；你買這麼多蔬菜幹什麼；和了一盆麪，喫了一桶麪")] // OpenCC: 香菇幹, 藍莓幹, 蔬菜乾什麼, 一盆面, 一桶面
    [InlineData("我托朋友带了些特产，托你的福，她托我带句话，他托关系进了单位；他托着下巴，把他托起来，他很会夸人", "我託朋友帶了些特產，託你的福，她託我帶句話，他託關係進了單位；他托着下巴，把他托起來，他很會誇人")] // entrusting a person is 託, holding up 托 (OpenCC 1.1.6: 託着下巴, 夸人; its later tables put 托 first)
    [InlineData("运动员绕场一周，他绕着湖边走了一周，环湖一周后，绕地球三周；围绕主题开展了一周的活动，他绕道走了两周，环境整治持续了一周，这一周；他绕着操场跑步坚持了一周，二环路堵了一周，唱完歌后大家鼓掌，看完皇后的信", "運動員繞場一周，他繞着湖邊走了一周，環湖一周後，繞地球三周；圍繞主題開展了一週的活動，他繞道走了兩週，環境整治持續了一週，這一週；他繞着操場跑步堅持了一週，二環路堵了一週，唱完歌後大家鼓掌，看完皇后的信")] // going round is a circuit, 周 (OpenCC: 繞場一週, 走了一週, 環湖一週)
    [InlineData("他把表拨快了五分钟，把表调到北京时间，我的表停了，上好发条，表又滴答滴答地走了起来；这张表拨到下个月再填，报表停了，代表走得很快", "他把錶撥快了五分鐘，把錶調到北京時間，我的錶停了，上好發條，錶又滴答滴答地走了起來；這張表撥到下個月再填，報表停了，代表走得很快")] // a watch that is set, stops or runs again (OpenCC: 把表撥快, 把表調到, 表又滴答)
    [InlineData("花该浇水了，土都干得裂开了，花盆里的土干了；他种田干了一辈子，在本土干了三年", "花該澆水了，土都乾得裂開了，花盆裏的土乾了；他種田幹了一輩子，在本土幹了三年")] // soil dries (OpenCC: 土都幹得, 土幹了)
    [InlineData("地铁里人很多，火车里人挤人，山里人很淳朴；邻里人家，乡里人都说，千里人，两里人家", "地鐵裏人很多，火車裏人擠人，山裏人很淳樸；鄰里人家，鄉里人都說，千里人，兩里人家")] // people in a place (OpenCC's phrase 里人 is the old "villager"; OpenCC: 地鐵里人很多)
    [InlineData("唱完歌后大家都鼓掌，跳完舞后她累了，打完球后；一代歌后，她当过影后，他娶了王后", "唱完歌後大家都鼓掌，跳完舞後她累了，打完球後；一代歌后，她當過影后，他娶了王后")] // after a thing done, not a queen of song (OpenCC: 唱完歌后, 跳完舞后, 打完球后)
    [InlineData("这活好干，这工作很好干，他刚干了一件大事，我们全干了，快干吧；衣服好干，这种漆快干，他皮肤太干了，这里太干了；他好干净，你真干脆，他刚干着急；不干白不干，换发身份证，他想换发型；我们要干了，他不干我干，这不干你的事，衣服要干了", "這活好幹，這工作很好幹，他剛幹了一件大事，我們全幹了，快幹吧；衣服好乾，這種漆快乾，他皮膚太乾了，這裏太乾了；他好乾淨，你真乾脆，他剛乾着急；不幹白不幹，換發身份證，他想換髮型；我們要幹了，他不幹我幹，這不干你的事，衣服要乾了")] // work and people do (OpenCC: 好乾, 很好乾, 剛乾了, 全乾了, 快乾吧, 要乾了, 不干我幹, 換髮身份證; ours wrote 不乾白不幹 by the phrase 干白, dry white wine)
    [InlineData("院子里长着一棵树，锅里长了霉，地里长满了草，水里长出来的；里长了解情况后，新当选的里长出席了会议", "院子裏長着一棵樹，鍋裏長了黴，地裏長滿了草，水裏長出來的；里長瞭解情況後，新當選的里長出席了會議")] // growing inside, not the head of a neighbourhood (ours wrote 院子里長着 by the word 里长; OpenCC: 鍋里長了)
    [InlineData("鱼在水里游，水里游着鱼，他在河里游了一圈，小鱼游啊游；游客在景区游着玩，他们在海边游，水平很高的游戏，游本昌在剧中", "魚在水裏游，水裏游着魚，他在河裏游了一圈，小魚游啊游；遊客在景區遊着玩，他們在海邊遊，水平很高的遊戲，游本昌在劇中")] // swimming is 游, roaming 遊 (OpenCC: 水裏遊, 遊着魚, 河裏遊了, 小魚遊啊遊, 遊本昌)
    [InlineData("锅里弄点油，碗里弄点水，弄堂里弄了个摊；上海的里弄很有特色，他住在里弄里", "鍋裏弄點油，碗裏弄點水，弄堂裏弄了個攤；上海的里弄很有特色，他住在里弄裏")] // doing something inside, not the lane 里弄 (OpenCC: 鍋里弄點油)
    [InlineData("这样才好吃，一起使用才有效，玩得很尽兴才回家；东方才子，地方才华，他刚才干了什么", "這樣纔好喫，一起使用纔有效，玩得很盡興纔回家；東方才子，地方才華，他剛纔幹了什麼")] // 才 "only then" alone before a word reads by OpenCC's phrase (才有 纔有), as where the phrase is whole (ours wrote 才有效 while 才是 was 纔是); OpenCC: 東方纔子, 地方纔華
    [InlineData("她去烫了个发，又染了个色，我去洗个发，理了两次发，他剪过三次发；这个月发了两次，一次发一个，处理了个发；面发得很好，下面发得很快，表面发得很亮", "她去燙了個髮，又染了個色，我去洗個髮，理了兩次髮，他剪過三次髮；這個月發了兩次，一次發一個，處理了個發；麪發得很好，下面發得很快，表面發得很亮")] // hair done at the hairdresser's, dough that rises (OpenCC: 燙了個發, 洗個發, 兩次發, 面發得)
    [InlineData("他被发了一张罚单，他忙并快乐着，别只看表面，他冲人大吼，他说话太冲，几上几下，化妆变美后，我娘的病好了，贵价商品，他托了托眼镜；被发左衽，茶几上放着茶杯，何太冲，黄太冲是武当派人物", "他被發了一張罰單，他忙並快樂着，別只看表面，他衝人大吼，他說話太衝，幾上幾下，化妝變美後，我娘的病好了，貴價商品，他托了托眼鏡；被髮左衽，茶几上放着茶杯，何太沖，黃太沖是武當派人物")] // OpenCC's phrases of old or rare readings (被髮, 忙併, 別隻, 沖人, 太沖, 几上, 美后, 孃的, 貴价, 託了託) met across two words of today's text
    [InlineData("这本书我借着看看，车我借着用几天；他借着月光看书，借着这个机会，借着用户的名义", "這本書我借着看看，車我借着用幾天；他藉着月光看書，藉着這個機會，藉着用戶的名義")] // borrowed to read or use, not "by means of" (OpenCC: 藉着看看, 藉着用)
    [InlineData("小姑娘扎着两个羊角辫，身上扎着绷带；手上扎着刺，挣扎着起来；台风过后，街上到处是被刮断的树枝，他的脸被刀刮破了", "小姑娘紮着兩個羊角辮，身上紮着繃帶；手上扎着刺，掙扎着起來；颱風過後，街上到處是被颳斷的樹枝，他的臉被刀刮破了")] // tied up (OpenCC: 扎着兩個羊角辮), blown down by the wind of an earlier clause (OpenCC: 被刮斷)
    [InlineData("衣服晾在外面，到晚上还没干；油漆刷完了，第二天就干了；活儿布置下去，到晚上还没干；她把头发系成了一个马尾，该系成立于1950年", "衣服晾在外面，到晚上還沒乾；油漆刷完了，第二天就乾了；活兒佈置下去，到晚上還沒幹；她把頭髮繫成了一個馬尾，該系成立於1950年")] // a clause of a later time leaves what dries to the clause before (OpenCC: 還沒幹, 就幹了); tied into a ponytail (OpenCC: 系成)
    [InlineData("工资已经发到卡里了，银行卡里的钱，饭卡里还有五十块；哥伦比亚的卡里市，他在卡里住过；她把孩子背在背上，他把手背在身后；布里包着一块玉，把玉包在布里，他在布里斯班工作", "工資已經發到卡裏了，銀行卡裏的錢，飯卡裏還有五十塊；哥倫比亞的卡里市，他在卡里住過；她把孩子揹在背上，他把手背在身後；布裏包着一塊玉，把玉包在布裏，他在布里斯班工作")] // in the card or the cloth, not the city of Cali (OpenCC: 發到卡里, 卡里的錢, 布里包着); carried on the back (OpenCC: 背在背上)
    [InlineData("这杯咖啡冲得太淡了，厕所冲不下去了，奶粉冲一下就好；他冲得很快，他端着咖啡冲了出去，他拿着茶杯冲着我笑", "這杯咖啡沖得太淡了，廁所沖不下去了，奶粉沖一下就好；他衝得很快，他端着咖啡衝了出去，他拿着茶杯衝着我笑")] // brewed or flushed (OpenCC: 咖啡衝得, 廁所衝不下去, 奶粉衝一下)
    [InlineData("他把汤面上的油撇掉，他冷面相对，冷面杀手；一碗冷面，朝鲜冷面很好吃", "他把湯面上的油撇掉，他冷面相對，冷面殺手；一碗冷麪，朝鮮冷麪很好喫")] // a surface and a stern face, not noodles (OpenCC: 湯麪上, 冷麪殺手; ours wrote 冷麪相對, where OpenCC is right)
    [InlineData("他把干了的衣服收进来，干的毛巾；他干的活，他干的手艺；他把表摘下来放在桌上，把表戴上，把报表摘下来", "他把乾了的衣服收進來，乾的毛巾；他幹的活，他幹的手藝；他把錶摘下來放在桌上，把錶戴上，把報表摘下來")] // dried clothes named after 干 (OpenCC: 幹了的衣服); a watch taken off or put on (OpenCC: 把表摘下來)
    [InlineData("那个地方叫范家庄，范家村的村民，游家湾，钟家坪，老范家的孩子，老余今天请假了；当事人游某对违法事实无异议，游先生是退休教师，游老师；共检查二十余家村民合作社，模范家庭，去旅游老师也同意了，长江上游某段，这是一款老游戏，老游击队员", "那個地方叫范家莊，范家村的村民，游家灣，鍾家坪，老范家的孩子，老余今天請假了；當事人游某對違法事實無異議，游先生是退休教師，游老師；共檢查二十餘家村民合作社，模範家庭，去旅遊老師也同意了，長江上游某段，這是一款老遊戲，老游擊隊員")] // a family's place and the surname 游 before a title; OpenCC: 遊家灣, 老餘, 遊某, 遊先生 (ours wrote 範家莊 where the word cut has 范家庄 or 范|家村)
    [InlineData("这只船只能载五个人，一只船只有三个人，两只船只剩一只了，这几只鸡只会下蛋；船只太小，只一只得带", "這隻船只能載五個人，一隻船只有三個人，兩隻船只剩一隻了，這幾隻雞只會下蛋；船隻太小，只一隻得帶")] // a second 只 after the thing the first counts is "only"; OpenCC: 船隻能, 船隻有, 雞隻會
    [InlineData("仪器放在操作台上，服务台前排着队，吧台后面站着调酒师，把碗放在洗脸台边；旋转台上，他在舞台上，电视台里，他走上讲台前看了一眼", "儀器放在操作檯上，服務檯前排着隊，吧檯後面站着調酒師，把碗放在洗臉檯邊；旋轉臺上，他在舞臺上，電視臺裏，他走上講臺前看了一眼")] // a counter or a bench before a word of place (as OpenCC); ours wrote 操作臺上, 服務臺前 by the word cut's 台上, 台前
    [InlineData("这家公司的创始人叫余承东，他叫范明，记者周润发报道，他叫周润发；他大叫余下的人快跑，老师叫游客们排好队，叫党小组的人来，他叫姜汤，妈妈叫于是就去了", "這家公司的創始人叫余承東，他叫范明，記者周潤發報道，他叫周潤發；他大叫餘下的人快跑，老師叫遊客們排好隊，叫黨小組的人來，他叫薑湯，媽媽叫於是就去了")] // a name after 叫, whole where a phrase holds it (周润发 周潤發, not 周潤髮 after the byline decided 周 alone); OpenCC: 叫餘承東, 叫範明
    [InlineData("各单位要认真编制年度预算，组织编制2026年工作计划，负责编制本地区的产品质量监督抽查计划；他是事业编制人员，编制内人员，这个部门的编制已经满了，编制紧张的部门要制定计划，编制调整方案，主编制定了计划", "各單位要認真編製年度預算，組織編製2026年工作計劃，負責編製本地區的產品質量監督抽查計劃；他是事業編制人員，編制內人員，這個部門的編制已經滿了，編制緊張的部門要制定計劃，編制調整方案，主編制定了計劃")] // 编制 that draws up a document is 編製, of posts 編制; OpenCC writes 編製 only right before the document (編制年度預算)
    [InlineData("他自制了一台小型发电机，自制一个书架，自制药品；缺乏自制力，无法自制，她努力自制了一下情绪", "他自製了一臺小型發電機，自製一個書架，自製藥品；缺乏自制力，無法自制，她努力自制了一下情緒")] // 自制 that makes something; OpenCC: 自制了一臺, 自制一個
    [InlineData("岳夫人走了过来，余夫人也到了，对于夫人的要求，其余夫人们；蒋家冲村，大家冲上去，全家冲进屋里", "岳夫人走了過來，余夫人也到了，對於夫人的要求，其餘夫人們；蔣家沖村，大家衝上去，全家衝進屋裏")] // 夫人 after a surname; 冲 ending a family's place (沖); OpenCC: 嶽夫人, 餘夫人, 蔣家衝
    [InlineData("金制的首饰，泥制的小人，骨制工具，刻制印章，织制地毯，填制记账凭证，制砖厂，制铁所；起草制度，改革制度，资金制约，时刻制约", "金製的首飾，泥製的小人，骨製工具，刻製印章，織製地毯，填製記賬憑證，製磚廠，製鐵所；起草制度，改革制度，資金制約，時刻制約")] // 制 that makes (製) after a material or a craft; OpenCC: 金制, 泥制, 刻制, 制磚
    [InlineData("医生给他扎了几针，护士扎了两针，扎了十几针；用皮筋扎了一下头发，他在腰上扎了一根带子，扎了两个辫子", "醫生給他扎了幾針，護士扎了兩針，扎了十幾針；用皮筋紮了一下頭髮，他在腰上紮了一根帶子，紮了兩個辮子")] // 扎 counted in needles pricks; OpenCC: 紮了幾針, 紮了兩針
    [InlineData("有了解药，他喝了解酒汤，服了解毒药，找到了解药，他找了解梦的书；对情况有了解，有了解的人说，要了解毒品的危害，衣服了解药，他有了解决的办法", "有了解藥，他喝了解酒湯，服了解毒藥，找到了解藥，他找了解夢的書；對情況有瞭解，有瞭解的人說，要瞭解毒品的危害，衣服瞭解藥，他有了解決的辦法")] // 了 before a remedy is the particle; OpenCC writes 有了解 also where it is "understand" (有了解的人)
    [InlineData("这只会说话的鹦鹉很受欢迎，那只在树上唱歌的鸟飞走了，这只让她很头疼的狗终于找到了；这只会让情况更糟，这只会让猫的主人更担心，这只是我的猫", "這隻會說話的鸚鵡很受歡迎，那隻在樹上唱歌的鳥飛走了，這隻讓她很頭疼的狗終於找到了；這只會讓情況更糟，這只會讓貓的主人更擔心，這只是我的貓")] // 这只 before a clause describing the animal it counts is 這隻; ours wrote 這只會說話的鸚鵡 (OpenCC writes 這隻 before every verb)
    [InlineData("他排得太后，没买到票，车停得太后了；他得太后的赏识，她跪在皇后面前", "他排得太後，沒買到票，車停得太後了；他得太后的賞識，她跪在皇后面前")] // 太后 after a verb and 得 is "too far back" (太後); OpenCC: 排得太后
    [InlineData("松紧带的弹性回复率不合格，请尽快回复原状；请及时回复邮件，客服回复率", "鬆緊帶的彈性回復率不合格，請儘快回復原狀；請及時回覆郵件，客服回覆率")] // 回复 that recovers (回復) in textile tests; OpenCC: 彈性回覆率, 回覆原狀
    [InlineData("煮好的面条捞出来控干，积蓄都耗干了，把池塘里的水排干，把衣服里的水挤干，大煮干丝；安排干部下基层，要压干部的担子，你倒干什么去了，遥控干扰", "煮好的麪條撈出來控乾，積蓄都耗乾了，把池塘裏的水排乾，把衣服裏的水擠乾，大煮乾絲；安排幹部下基層，要壓幹部的擔子，你倒幹什麼去了，遙控干擾")] // a verb that drains or wrings something dry (乾); OpenCC: 控幹, 耗幹, 排幹, 擠幹
    [InlineData("把土挖松再种，把螺丝调松，地被踩松了，把绳子绑松一点，锄松土壤；他参加了马拉松比赛，他们的关系松散了", "把土挖鬆再種，把螺絲調鬆，地被踩鬆了，把繩子綁鬆一點，鋤鬆土壤；他參加了馬拉松比賽，他們的關係鬆散了")] // a verb that loosens something (鬆); OpenCC: 挖松, 調松, 踩松, 綁松, 鋤松
    [InlineData("这种速干面料很受欢迎，这种面料不易干，待表面稍干后再刷第二遍；易干扰的设备要远离，他已干了三年", "這種速乾面料很受歡迎，這種面料不易乾，待表面稍乾後再刷第二遍；易干擾的設備要遠離，他已幹了三年")] // quick-drying and slightly dry (乾); OpenCC: 速幹, 不易幹, 稍幹
    [InlineData("和好的面要醒面二十分钟，把发好的面揉匀；提醒面对困难要冷静，他们和好的面子工程", "和好的麪要醒麪二十分鐘，把發好的麪揉勻；提醒面對困難要冷靜，他們和好的面子工程")] // dough that has been mixed, risen or rests (麪); OpenCC: 和好的面, 醒面
    [InlineData("化妆台上摆着镜子，把菜放在案台上切好，实验台要保持清洁，洗漱台的水龙头坏了", "化妝檯上擺着鏡子，把菜放在案檯上切好，實驗檯要保持清潔，洗漱檯的水龍頭壞了")] // tables and counters (檯), as OpenCC writes 梳妝檯, 試驗檯; OpenCC: 化妝臺, 案臺, 實驗臺, 洗漱臺
    [InlineData("抄水表和气表的工作人员来了，油表显示油快用完了；空气表面张力，大家加油表示支持", "抄水錶和氣錶的工作人員來了，油錶顯示油快用完了；空氣表面張力，大家加油表示支持")] // gas meters and fuel gauges (錶), as 水錶, 電錶; OpenCC: 氣表, 油表
    [InlineData("姜葱炒蟹是一道粤菜，冬天喝点姜枣茶暖身，来一碗姜撞奶，沙姜鸡，酱姜；姜文导演", "薑蔥炒蟹是一道粵菜，冬天喝點薑棗茶暖身，來一碗薑撞奶，沙薑雞，醬薑；姜文導演")] // ginger in dishes (薑); OpenCC: 姜蔥, 姜棗茶, 姜撞奶, 沙姜, 醬姜
    [InlineData("卫生间里没有纸卷了，商铺拉下了卷闸门，用卷笔刀削铅笔，涮肥牛卷和羊肉卷，他买了一个鸡肉卷；这份答卷写得很好，一纸卷宗", "衛生間裏沒有紙捲了，商鋪拉下了捲閘門，用捲筆刀削鉛筆，涮肥牛捲和羊肉捲，他買了一個雞肉捲；這份答卷寫得很好，一紙卷宗")] // rolls (捲); OpenCC: 紙卷, 卷閘門, 卷筆刀, 肥牛卷, 雞肉卷
    [InlineData("财务人员做了冲账处理，预付款可以冲抵货款，给孩子冲奶要用温水；他冲着大家喊", "財務人員做了沖賬處理，預付款可以沖抵貨款，給孩子沖奶要用溫水；他衝着大家喊")] // entries reversed or offset, milk made up (沖); OpenCC: 衝賬, 衝抵, 衝奶
    [InlineData("谷丙转氨酶偏高，谷胱甘肽，谷维素片，杂谷米；山谷，硅谷", "穀丙轉氨酶偏高，穀胱甘肽，穀維素片，雜穀米；山谷，硅谷")] // grain in chemistry and health words (穀); OpenCC: 谷丙, 谷胱甘肽, 谷維素, 雜谷
    [InlineData("这种鸡只吃玉米，猪只吃饲料长得快，这只鸡只吃虫子；全市生猪存栏量下降，猪只价格上涨", "這種雞只喫玉米，豬只喫飼料長得快，這隻雞只喫蟲子；全市生豬存欄量下降，豬隻價格上漲")] // an animal that only eats something (只), not the animals counted (豬隻價格); OpenCC: 雞隻喫, 豬隻喫
    [InlineData("这道题他是瞎蒙的，居然蒙对了；内蒙对外开放程度不断提高，天蒙蒙亮", "這道題他是瞎矇的，居然矇對了；內蒙對外開放程度不斷提高，天矇矇亮")] // guessing blind (矇); OpenCC: 瞎蒙, 蒙對了
    [InlineData("把肉串在铁签上烤；两家钢铁签约合作", "把肉串在鐵籤上烤；兩家鋼鐵簽約合作")] // a skewer (籤); OpenCC: 鐵簽
    [InlineData("他早已洗手不干了；饭前洗手不干净会生病；他洗了手，手还没干", "他早已洗手不幹了；飯前洗手不乾淨會生病；他洗了手，手還沒乾")] // quitting a trade (幹) against clean and dry (乾); OpenCC: 洗手不幹淨, 手還沒幹
    [InlineData("若干部电影，若干部门联合检查", "若干部電影，若干部門聯合檢查")] // 若干 + the measure word 部; ours wrote 若幹部電影, from the phrase 干部
    [InlineData("纯系小鼠用于实验，培育纯系品种，这纯系误会", "純系小鼠用於實驗，培育純系品種，這純係誤會")] // a pure line in genetics (系) against "is purely" (係); OpenCC: 純系誤會
    [InlineData("白酒离不开酒曲，大曲和小曲各有特点；红曲米用红曲霉发酵；黄酒用麦曲，曲块放进曲房里；制曲车间；他哼着小曲回家", "白酒離不開酒麴，大麴和小麴各有特點；紅麴米用紅麴黴發酵；黃酒用麥麴，麴塊放進麴房裏；製麴車間；他哼着小曲回家")] // the ferment of brewing (麴), a ditty keeps 曲; OpenCC: 小曲, 紅曲米, 麥曲, 曲房, 制麴
    [InlineData("局长范里主持会议，记者余里辉报道；局长范冲表示要严查，局长范钟表示同意；经理范松了一口气，执法人员钟冲进现场，局长周后来说", "局長范里主持會議，記者余里輝報道；局長范沖表示要嚴查，局長范鍾表示同意；經理范鬆了一口氣，執法人員鍾衝進現場，局長周後來說")] // a given name written as names are (范里, 范沖, 范鍾 before 表示), only where the name surely ends; OpenCC: 範裏, 範衝, 範鐘錶示
    [InlineData("市长会见了范明一行，记者采访了余建国。我和范晓东是同学，大家都很佩服岳鹏；余华说，本店余货清仓，所余无几，还余多少钱；率先垂范，郁孤台下清江水，心情抑郁", "市長會見了范明一行，記者採訪了余建國。我和范曉東是同學，大家都很佩服岳鵬；余華說，本店餘貨清倉，所餘無幾，還餘多少錢；率先垂範，鬱孤臺下清江水，心情抑鬱")] // 范, 岳, 余 standing alone before a given name are surnames; 余 only where the name surely ends after a word that takes a person; OpenCC: 範明, 餘建國, 範曉東, 嶽鵬, 餘華
    [InlineData("钟表店的钟老板对这座古钟情有独钟，钟表店的钟先生说墙上的钟坏了；敲钟老人", "鐘錶店的鍾老闆對這座古鐘情有獨鍾，鐘錶店的鍾先生說牆上的鐘壞了；敲鐘老人")] // 钟 before a title or an honorific is the surname, past the phrase 的钟 (的鐘); OpenCC: 的鐘老闆, 的鐘先生
    [InlineData("酒店里余老板说，饭店里余师傅来了，店里余老板说", "酒店裏余老闆說，飯店裏余師傅來了，店裏余老闆說")] // a stretch the word cut reads afresh (店里 across 酒店|里) ends before a phrase of whole words (余|老板): ours wrote 酒店裏餘老闆
    [InlineData("街道两旁插着若干面旗帜，他收到了几面锦旗；若干面条，一碗热汤面；他念来念去还是记不住", "街道兩旁插着若干面旗幟，他收到了幾面錦旗；若干麪條，一碗熱湯麪；他念來念去還是記不住")] // 面 counted after 若干 is the measure word, not the end of 干面 (乾麪); ours wrote 若干麪旗幟 and 念來唸去
    [InlineData("三系杂交水稻，统计力学中的正则系综，经检验该产品系不合格产品；原发型肝癌；这里的制茶业很发达；复频率和复平面；水哗哗哗地流，教室里一阵哗闹，全场大哗；他的文章模山范水，渊渟岳峙", "三系雜交水稻，統計力學中的正則系綜，經檢驗該產品係不合格產品；原發型肝癌；這裏的製茶業很發達；複頻率和複平面；水嘩嘩嘩地流，教室裏一陣譁鬧，全場大譁；他的文章模山範水，淵渟嶽峙")] // 系 after a number counts lines (not "is"); 哗 alone is the sound (嘩); an idiom the dictionary lacks keeps 範, 嶽; OpenCC 1.1.6 writes 系不合格 here, ours wrote 三係, 係綜, 原髮型, 制茶業, 復頻率, 譁嘩嘩
    [InlineData("两人落落难舍，依依难舍；他俩撕破了面皮，厚着面皮去借钱，陕西面皮很好吃；这部电影的总监制是他；铁系元素；哗世取宠，高楼干云蔽日", "兩人落落難捨，依依難捨；他倆撕破了面皮，厚着面皮去借錢，陝西麪皮很好喫；這部電影的總監製是他；鐵系元素；譁世取寵，高樓干雲蔽日")] // idioms of face (面皮), parting (難捨), reaching the clouds (干雲); OpenCC: 撕破了麪皮, 厚着麪皮, 乾雲蔽日
    [InlineData("他干脆撒手不干了，老板甩手不干了；昆剧团演出了牡丹亭；曲霉菌", "他乾脆撒手不幹了，老闆甩手不幹了；崑劇團演出了牡丹亭；麴黴菌")] // letting go of a job (幹), 昆剧 before 团 (崑劇團, the cut has 昆|剧团), the koji mould; OpenCC 1.1.6 agrees, ours wrote 撒手不乾, 昆劇團, 曲黴菌
    [InlineData("余值", "餘值")] // a heading or a table's cell of 余 and one character is a word (what is left), not a name
    [InlineData("余料", "餘料")]
    [InlineData("范数", "範數")]
    [InlineData("局长张岳、副局长王冲出席会议；记者王里报道；村民赵后说；厂长陈斗说；局长王钟表示同意；村支书刘冲介绍", "局長張岳、副局長王沖出席會議；記者王里報道；村民趙后說；廠長陳斗說；局長王鍾表示同意；村支書劉沖介紹")] // given names after any surname a title introduces, where the name surely ends; OpenCC: 張嶽, 王衝出席, 王裏, 趙後, 陳鬥, 王鐘錶示, 劉衝
    [InlineData("张岳局长表示，要加强监管；请王冲同志发言；华发书记", "張岳局長表示，要加強監管；請王沖同志發言；華髮書記")] // a title after a name that opens a clause or follows 请; 华发 is a phrase (華髮), no name; OpenCC: 張嶽局長, 王衝同志
    [InlineData("局长王冲进会场", "局長王衝進會場")] // the given name a word would start (冲进) is no name where nothing says it ends
    [InlineData("副局长王冲出席会议。王冲指出，要加强监管。他冲上前去", "副局長王沖出席會議。王沖指出，要加強監管。他衝上前去")] // a name a title introduced keeps its given name's form later on its own; OpenCC: 王衝 twice
    [InlineData("他叫王冲，是一名医生；她名叫张岳，今年三十岁；快叫王冲进来", "他叫王沖，是一名醫生；她名叫張岳，今年三十歲；快叫王衝進來")] // a name after 叫 "named" where it surely ends; OpenCC: 王衝, 張嶽
    [InlineData("面膜敷得太久反而会让皮肤变干，眼泪都哭干了，汤汁收干后出锅，把鱼煎干，地面渐干；吸收干部群众的意见，他变干净了", "面膜敷得太久反而會讓皮膚變乾，眼淚都哭乾了，湯汁收乾後出鍋，把魚煎乾，地面漸乾；吸收幹部羣衆的意見，他變乾淨了")] // becoming, cried, reduced, fried or slowly getting dry (乾); OpenCC: 變幹, 哭幹, 收幹, 煎幹, 漸幹
    [InlineData("大风卷走了帐篷，狂风卷走了屋顶", "大風捲走了帳篷，狂風捲走了屋頂")] // a stretch read afresh goes on over single characters (大风|卷|走|了) so that 卷走 reads 捲走; an earlier version of the rule for 酒店里余老板 wrote 大風卷走了
    [InlineData("这活儿他干得很好，他们干得很开心，天气干得很，皮肤干得很厉害，白干了一天，喝了二两白干", "這活兒他幹得很好，他們幹得很開心，天氣乾得很，皮膚乾得很厲害，白幹了一天，喝了二兩白乾")] // OpenCC: 乾得很好, 乾得很開心, 白乾了 (its phrase 干得很 is "very dry")
    [InlineData("馒头又松又软，土壤比较松，越来越松，比较松树和柏树，他又松了一口气", "饅頭又鬆又軟，土壤比較鬆，越來越鬆，比較松樹和柏樹，他又鬆了一口氣")] // OpenCC: 又松又軟, 比較松; 松树 keeps the tree
    [InlineData("瓷制餐具和布制玩具，公布制度，遍布制造业", "瓷製餐具和布製玩具，公佈制度，遍佈製造業")] // made of porcelain, of cloth (OpenCC: 瓷制, 布制); 公布|制度 keeps 制 // a clock (OpenCC: 鍾壞了, 把鍾, 鍾很準); the surname and 钟情 keep 鍾
    [InlineData("他困得眼睛都睁不开了，今天困死了，我太困了，他被困得死死的，他们差点被困死了，他被困得不行", "他睏得眼睛都睜不開了，今天睏死了，我太睏了，他被困得死死的，他們差點被困死了，他被困得不行")] // OpenCC: 困得眼睛, 困死了, 太困了
    [InlineData("他们冲了一杯咖啡，又冲洗了杯子", "他們沖了一杯咖啡，又沖洗了杯子")] // OpenCC: 衝了一杯
    [InlineData("一看就知道是他签的，文件已会签，价签和标签都换了", "一看就知道是他簽的，文件已會簽，價籤和標籤都換了")] // OpenCC: 他籤的, 會籤, 價籤
    [InlineData("被子晒在阳台上，等干了再收；他一干就是三十年", "被子曬在陽臺上，等乾了再收；他一幹就是三十年")] // OpenCC: 等幹了, 一干就是
    [InlineData("经查系该公司生产，请及时联系该公司，抽取若干香菇和若干海带样品，这些干香菇已受潮", "經查係該公司生產，請及時聯繫該公司，抽取若干香菇和若干海帶樣品，這些乾香菇已受潮")] // 系该公司 and 干香菇 as words of the cut made it 聯係該公司, 若乾香菇
    [InlineData("买了两斤面和一袋面，下面请看", "買了兩斤麪和一袋麪，下面請看")] // OpenCC: 兩斤面, 一袋面
    [InlineData("在家里面包饺子，锅里面条煮烂了，柜子里面包着衣服，这里面条理清晰", "在家裏面包餃子，鍋裏麪條煮爛了，櫃子裏面包着衣服，這裏面條理清晰")] // the word cut alone made it 麪包餃子, 裏面條, 裏麪包着
    [InlineData("他去理了个发，这家店的面很好吃，用开水冲一下", "他去理了個髮，這家店的麪很好喫，用開水沖一下")] // OpenCC: 理了個發, 店的面, 開水衝
    [InlineData("他吃了解药，要了解药品说明书", "他喫了解藥，要瞭解藥品說明書")] // the word cut alone made it 喫瞭解藥
    [InlineData("我们一起去吃饭团吧，他吃饭团队的事不管", "我們一起去喫飯糰吧，他喫飯團隊的事不管")] // the word cut's 吃饭|团 made it 飯團
    [InlineData("他抽了一支签，又买了一支签名笔，一支签约球队", "他抽了一支籤，又買了一支簽名筆，一支簽約球隊")] // the entry 一支签 made it 一支籤名筆, 一支籤約
    [InlineData("身体逐渐回复健康，市场秩序回复正常，请及时回复消费者", "身體逐漸回復健康，市場秩序回復正常，請及時回覆消費者")] // OpenCC: 回覆健康, 回覆正常
    [InlineData("面发了，把面和好，汤熬干了，他冲了个凉；两国全面和好", "麪發了，把麪和好，湯熬乾了，他沖了個涼；兩國全面和好")] // OpenCC: 面發了, 把面和好, 湯熬幹了, 衝了個涼
    [InlineData("在一碗热汤面里，鸡汤面很好吃；喝完汤面带微笑，液面高度，西北太平洋洋面上", "在一碗熱湯麪裏，雞湯麪很好喫；喝完湯面帶微笑，液面高度，西北太平洋洋面上")] // the word cut's 热汤|面 made it 湯面; OpenCC: 湯麪帶微笑, 液麪, 洋麪
    [InlineData("古人云：学而不思则罔；俗话云，常言云；天上的云，北京人云集于此，那人云游四方", "古人云：學而不思則罔；俗話云，常言云；天上的雲，北京人雲集於此，那人雲遊四方")] // the word cut's 古人|云 made it 古人雲; OpenCC: 俗話雲, 人云集, 人云遊
    [InlineData("比赛已经松下来了，松下电器公司，狂卷的风沙，这块玉是精心琢制的", "比賽已經鬆下來了，松下電器公司，狂捲的風沙，這塊玉是精心琢製的")] // the word cut's 松下|来 made it 松下來; OpenCC 1.1.6: 狂卷, 琢制
    [InlineData("下面发了通知，两人见面和好了，上面很好吃的是什么，他留下一张名片姜先生收下了；把面和好，面揉好了，面发了，放几片姜，他去理了个发，有点困", "下面發了通知，兩人見面和好了，上面很好喫的是什麼，他留下一張名片姜先生收下了；把麪和好，麪揉好了，麪發了，放幾片薑，他去理了個髮，有點睏")] // learnt as words, the phrases 面发了, 面和好, 片姜 had made it 下麪發了, 見麪和好, 名片薑先生
    [InlineData("他看了看手腕上的表，手上戴着一块新表，请在表上签字，一块表面光滑的石头，三块钱一张表；那块手表是瑞士制的，意大利制的皮鞋，德国制度；我困了，他被困了三天，他找人占了一卦", "他看了看手腕上的錶，手上戴着一塊新錶，請在表上簽字，一塊表面光滑的石頭，三塊錢一張表；那塊手錶是瑞士製的，意大利製的皮鞋，德國制度；我睏了，他被困了三天，他找人占了一卦")] // OpenCC: 手腕上的表, 新表, 瑞士制, 我困了, 佔了一卦
    [InlineData("他看了一眼表，已经十点了；他看了一眼表情，看了看表格", "他看了一眼錶，已經十點了；他看了一眼表情，看了看表格")] // looked at to tell the time (OpenCC: 一眼表); OpenCC writes 看了看錶格
    [InlineData("你到底明不明了，他明了事情的真相，为了解决问题", "你到底明不明瞭，他明瞭事情的真相，爲了解決問題")] // the word cut left 明不明了 as 明了
    [InlineData("这是开发用产品，研发制品；抽检发用产品和发制品，假发制品", "這是開發用產品，研發製品；抽檢髮用產品和髮製品，假髮製品")] // learnt as words, 发用产品 and 发制品 had taken 发 from 开发 and 研发
    [InlineData("速冻面米制品，另一方面米制品的价格上涨；依法国制定的标准，那块表是瑞士制的；三天后宫里传来消息，妈祖天后宫", "速凍麪米製品，另一方面米製品的價格上漲；依法國制定的標準，那塊錶是瑞士製的；三天後宮裏傳來消息，媽祖天后宮")] // learnt as words, 面米制品, 法国制 and 天后宫 had taken a character from 方面, 依法 and 三天
    [InlineData("并对面馆负责人约谈，消费者对面包的需求，在对面馆子里吃饭", "並對麪館負責人約談，消費者對麪包的需求，在對面館子裏喫飯")] // OpenCC: 對面館負責人, 對面包的需求
    [InlineData("推进准入准营改革，核对准驾车型，标准驾驶", "推進准入准營改革，覈對准駕車型，標準駕駛")] // OpenCC: 準營, 準駕
    [InlineData("按时编制预算和规划，核定人员编制，做好机构编制工作", "按時編製預算和規劃，覈定人員編制，做好機構編制工作")] // OpenCC: 編制預算
    [InlineData("这家店卖的姜比别家贵，姜价上涨；姜某销售的这块表，表面有划痕", "這家店賣的薑比別家貴，薑價上漲；姜某銷售的這塊錶，表面有劃痕")] // OpenCC: 賣的姜, 姜價, 這塊表
    public void Everyday_words_take_their_own_forms(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    /// <summary>Errors of OpenCC's forward cut that its users have reported (被发 read as 被髮 "hair", 了如 as 瞭如, 丝发 as 絲髮, 只只 as 只): checked here against OpenCC 1.1.6's output.</summary>
    [Theory]
    [InlineData("这项技术被发明以后很快被发布", "這項技術被髮明以後很快被髮布", "這項技術被發明以後很快被發佈")]
    [InlineData("展示了如何学习了如何", "展示瞭如何學習瞭如何", "展示了如何學習了如何")]
    [InlineData("参与制造", "參與制造", "參與製造")]
    [InlineData("用户可以向其粉丝发送新消息", "用戶可以向其粉絲髮送新消息", "用戶可以向其粉絲發送新消息")]
    [InlineData("一只只小鸭子", "一隻只小鴨子", "一隻隻小鴨子")]
    [InlineData("观影后他说得力干将去办了落地签", "觀影后他說得力干將去辦了落地籤", "觀影後他說得力幹將去辦了落地簽")]
    [InlineData("在海里游泳的纤夫走上纤道", "在海里游泳的縴夫走上纖道", "在海裏游泳的縴夫走上縴道")]
    [InlineData("起重机的抓斗和翻斗车都要定期检验", "起重機的抓鬥和翻斗車都要定期檢驗", "起重機的抓斗和翻斗車都要定期檢驗")]
    [InlineData("他又干又瘦，嘴干唇裂", "他又幹又瘦，嘴幹脣裂", "他又乾又瘦，嘴乾脣裂")]
    [InlineData("前头发生了车祸，这只会让问题更复杂", "前頭髮生了車禍，這隻會讓問題更復雜", "前頭發生了車禍，這只會讓問題更複雜")]
    [InlineData("这个文件是只读的，只影响部分用户", "這個文件是隻讀的，隻影響部分用戶", "這個文件是只讀的，只影響部分用戶")]
    [InlineData("卫星被发射到预定轨道，免费发卡，冷得直发抖，空白发票，鲜红发亮，总发电量", "衛星被髮射到預定軌道，免費髮卡，冷得直髮抖，空白髮票，鮮紅髮亮，總髮電量", "衛星被發射到預定軌道，免費發卡，冷得直發抖，空白發票，鮮紅發亮，總發電量")]
    [InlineData("百年历程，祖国历史，中国历代；二万五千里，海底两万里，埃里克森", "百年曆程，祖國曆史，中國曆代；二萬五千裏，海底兩萬裏，埃裏克森", "百年歷程，祖國歷史，中國歷代；二萬五千里，海底兩萬里，埃里克森")]
    [InlineData("蜡炬成灰泪始干，催干剂，干树枝，干辣椒，油干灯尽，甩干，面包干，政府干预", "蠟炬成灰淚始幹，催幹劑，幹樹枝，幹辣椒，油幹燈盡，甩幹，麪包幹，政府幹預", "蠟炬成灰淚始乾，催乾劑，乾樹枝，乾辣椒，油乾燈盡，甩乾，麪包乾，政府干預")]
    [InlineData("松狮犬，子丑寅卯，别光在那里干看着，比那张矮几公分", "鬆獅犬，子醜寅卯，別光在那裏幹看着，比那張矮几公分", "松獅犬，子丑寅卯，別光在那裏乾看着，比那張矮幾公分")]
    [InlineData("公司把年终奖金发放到每个员工手中，这笔资金发挥了作用，资金发布；她染了一头金发，黄金发型", "公司把年終獎金髮放到每個員工手中，這筆資金髮揮了作用，資金髮布；她染了一頭金髮，黃金髮型", "公司把年終獎金發放到每個員工手中，這筆資金發揮了作用，資金發佈；她染了一頭金髮，黃金髮型")]
    [InlineData("挽发的样子很好看，这道菜是烩制的，他一口气干了一大碗酒，他干了一碗饭的活", "挽發的樣子很好看，這道菜是燴制的，他一口氣幹了一大碗酒，他幹了一碗飯的活", "挽髮的樣子很好看，這道菜是燴製的，他一口氣乾了一大碗酒，他幹了一碗飯的活")]
    [InlineData("接受中文采访时称中国自制率约九成", "接受中文采訪時稱中國自制率約九成", "接受中文採訪時稱中國自製率約九成")]
    public void Reported_errors_of_OpenCC_are_not_made(string simplified, string openCC, string traditional)
    {
        Assert.NotEqual(openCC, traditional);
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));
    }

    /// <summary>
    /// Entries OpenCC added or corrected after the version Debian ships (Data/st-upstream-phrases.tsv,
    /// from its data 1.4.1 and 1.4.2), checked against OpenCC 1.1.6's output; and entries of that version
    /// left out (tools/upstream-rejected.tsv) because they would break common text around them.
    /// </summary>
    [Theory]
    [InlineData("用游标卡尺测量冲压件，钢铁企业炼钢炼铁", "用游標卡尺測量沖壓件，鋼鐵企業煉鋼煉鐵")] // OpenCC 1.1.6: 遊標卡尺, 衝壓件, 鍊鋼鍊鐵
    [InlineData("徐汇区抽查托儿所用品，沿干渠走到检测站", "徐匯區抽查托兒所用品，沿幹渠走到檢測站")] // 1.1.6: 徐彙區, 託兒所, 乾渠
    [InlineData("放松管制后，板栗和栗树的复发率", "放鬆管制後，板栗和栗樹的復發率")] // 1.1.6: 放松管制, 慄樹, 複發率
    [InlineData("先天下之忧而忧后天下之乐而乐", "先天下之憂而憂後天下之樂而樂")] // 1.1.6: 而憂后天下
    [InlineData("周谷城先生到谷城县调研", "周谷城先生到穀城縣調研")] // 1.1.6: 谷城縣; the name keeps 谷
    [InlineData("国家栋梁参观岳王庙，咸平年间的桥梁", "國家棟樑參觀岳王廟，咸平年間的橋樑")] // 1.1.6: 國家棟梁, 嶽王廟, 鹹平
    [InlineData("各地加强旅游标志管理，在组织里守规矩", "各地加強旅遊標誌管理，在組織裏守規矩")] // 游标 and 织里 do not reach across 旅游 and 组织
    [InlineData("重复次数、往来复杂的示范县，在村里长大", "重複次數、往來複雜的示範縣，在村裏長大")] // 复次, 来复, 范县, 村里长 left out
    public void Later_corrections_of_OpenCC_are_taken(string simplified, string traditional) =>
        AssertSplitAndWhole(simplified, traditional);

    /// <summary>不准 before what may not be done forbids (不准); at the end of a clause, before a particle or a problem, and in phrases it is "not accurate" (不準).</summary>
    [Theory]
    [InlineData("此处不准停车，一律不准收费，不准在商品中掺杂", "此處不准停車，一律不准收費，不准在商品中摻雜")] // OpenCC: 不準 three times
    [InlineData("这个秤不准，走时不准的手表，计量不准问题和称重不准等情况", "這個秤不準，走時不準的手錶，計量不準問題和稱重不準等情況")] // OpenCC: 計量不准問題
    [InlineData("他拿不准主意，保不准明天下雨，不准备参加，时间不准确", "他拿不準主意，保不準明天下雨，不準備參加，時間不準確")] // OpenCC agrees
    [InlineData("此处不准入内，不得不准则上遵守", "此處不准入內，不得不準則上遵守")] // 不准 a word of the cut; 不得不|准则 is not
    [InlineData("火车经常不准时，公交车不准点；严禁烟火，不准点火", "火車經常不準時，公交車不準點；嚴禁煙火，不准點火")] // 准时 and 准点 read 準 unless what follows makes a word (点火)
    public void 不准_forbids_before_a_deed(string simplified, string traditional) =>
        AssertSplitAndWhole(simplified, traditional);

    /// <summary>
    /// Entries of OpenCC's phrase table that contradict its own shorter phrases in everyday text
    /// (中俄关系 → 中俄關系 where 关系 is 關係; 事情干脆 → 事情干脆 where 干脆 is 乾脆), found by comparing every
    /// long entry with the common phrases inside it, and corrected in st-supplement.tsv.
    /// </summary>
    [Theory]
    [InlineData("中俄关系稳定，不求收获，不负所托", "中俄關系穩定，不求收獲，不負所托", "中俄關係穩定，不求收穫，不負所託")]
    [InlineData("这件事情干脆不办了，设置显著标志", "這件事情干脆不辦了，設置顯著標志", "這件事情乾脆不辦了，設置顯著標誌")]
    [InlineData("全面实行市场准入负面清单", "全面實行市場準入負面清單", "全面實行市場准入負面清單")]
    [InlineData("全彩印刷的宣传册，张灯结彩", "全綵印刷的宣傳冊，張燈結綵", "全彩印刷的宣傳冊，張燈結綵")]
    [InlineData("他在会里发言，这袋米里有沙子，女性应占一定比例，在当当网买书", "他在會里發言，這袋米里有沙子，女性應占一定比例，在噹噹網買書", "他在會裏發言，這袋米裏有沙子，女性應佔一定比例，在當當網買書")] // two-character entries of rare readings (a place, divination, a sound) over two words
    [InlineData("这件事是他干的，是你们干的吗，你到底干没干过，你别气了，他比我高几公分", "這件事是他乾的，是你們乾的嗎，你到底乾沒幹過，你彆氣了，他比我高几公分", "這件事是他幹的，是你們幹的嗎，你到底幹沒幹過，你別氣了，他比我高幾公分")] // 干的 of a doer, 干没干, 别气 "don't be angry", 高几 "a few taller"; the dry ones stay 乾 (below)
    [InlineData("干的湿的分开放，衣服干没干，把干的毛巾递给我", "乾的溼的分開放，衣服乾沒幹，把乾的毛巾遞給我", "乾的溼的分開放，衣服乾沒乾，把乾的毛巾遞給我")]
    [InlineData("我们将认真研究并为群众办实事，两家公司合并为一家", "我們將認真研究併爲羣衆辦實事，兩家公司合併爲一家", "我們將認真研究並爲羣衆辦實事，兩家公司合併爲一家")] // 并为 "merged into" is rare; "and for" is everywhere
    [InlineData("他在合同上签了字，抽到了上上签", "他在合同上籤了字，抽到了上上籤", "他在合同上簽了字，抽到了上上籤")] // 上签 is a lot drawn; 上签了 signs on something
    public void Wrong_entries_of_OpenCCs_table_are_corrected(string simplified, string openCC, string traditional)
    {
        Assert.NotEqual(openCC, traditional);
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));
    }

    /// <summary>系 alone between words, in no phrase, is the "is" of formal writing (係); tying (繫), departments and the words that hold it keep their forms.</summary>
    [Theory]
    [InlineData("经检验，系不合格产品；该产品系合格产品，两者系属同一；本办法所称经营者，系指从事商品经营的自然人", "經檢驗，係不合格產品；該產品係合格產品，兩者係屬同一；本辦法所稱經營者，係指從事商品經營的自然人")] // OpenCC: 系 three times
    [InlineData("请系好安全带，他系上围裙，心系群众，情系灾区，鞋带系得太紧", "請繫好安全帶，他繫上圍裙，心繫羣衆，情繫災區，鞋帶繫得太緊")] // OpenCC: 鞋帶系得
    [InlineData("领带系歪了，他把绳子系在树上，红领巾系得整整齐齐，腰带系松一点，扣子系错了；皮带系统，热带系的植物，地带系由断层形成", "領帶繫歪了，他把繩子繫在樹上，紅領巾繫得整整齊齊，腰帶繫鬆一點，釦子繫錯了；皮帶系統，熱帶系的植物，地帶係由斷層形成")] // the 系 rule had made it 領帶係歪了, 釦子係錯了; OpenCC: 系 throughout
    [InlineData("他是中文系的学生，本系教师在系里开会，管理系统的一系列系数，小麦品系", "他是中文系的學生，本系教師在系裏開會，管理系統的一系列係數，小麥品系")]
    [InlineData("这个系有三百名学生，每个系都有主任，学校有两个系；他把马系在树上，把船系在岸边", "這個系有三百名學生，每個系都有主任，學校有兩個系；他把馬繫在樹上，把船繫在岸邊")] // OpenCC: 這個繫有, 馬系在, 船系在
    public void 系_alone_means_is(string simplified, string traditional) =>
        AssertSplitAndWhole(simplified, traditional);

    /// <summary>出 after a number or demonstrative, before a play, counts it (齣); before 门, 现, 手 or 剧院 it is the verb. 卷 before something rolled counts rolls (捲); volumes of a book stay 卷.</summary>
    [Theory]
    [InlineData("今晚上演一出新戏，这出戏讲的是古代故事，两出昆曲，一出荒唐的闹剧", "今晚上演一齣新戲，這齣戲講的是古代故事，兩齣崑曲，一齣荒唐的鬧劇")] // OpenCC 1.1.6: 一出新戲, 這出戏, 兩出崑曲, 一出荒唐
    [InlineData("他一出门就看大戏，刚一出剧院就下雨，一出现问题，一出曲阜，这一出戏剧性的场面", "他一出門就看大戲，剛一出劇院就下雨，一出現問題，一出曲阜，這一出戲劇性的場面")] // opencc-js 1.4.2: 一齣門
    [InlineData("他一出手就是一出好戏，演员很快出戏了", "他一出手就是一齣好戲，演員很快出戲了")]
    [InlineData("买了一卷卫生纸，一卷新胶带，两卷白纸，一卷绳子；全书共三卷，第三卷发布，这卷线装书，一卷布告", "買了一捲衛生紙，一捲新膠帶，兩捲白紙，一捲繩子；全書共三卷，第三卷發佈，這卷線裝書，一卷佈告")] // OpenCC 1.1.6: 卷 for the rolls, and 第三捲髮布
    public void 出_before_a_play_counts_it(string simplified, string traditional) =>
        AssertSplitAndWhole(simplified, traditional);

    /// <summary>里 in a name spelt by sound is 里, not 裏 "inside"; after a noun (首尔里, 袋子里, 函数里) it is 裏.</summary>
    [Theory]
    [InlineData("埃里克和杰弗里来了，马里的首都，卡努里语，纳亚里特州，基德里切沃", "埃里克和傑弗里來了，馬里的首都，卡努里語，納亞里特州，基德里切沃")] // OpenCC 1.1.6: 埃裏克, 傑弗裏, 馬裏
    [InlineData("在首尔里特别冷，这个袋子里特别乱，克里姆林宫里很安静，他住在伊拉克里的难民营", "在首爾裏特別冷，這個袋子裏特別亂，克里姆林宮裏很安靜，他住在伊拉克裏的難民營")]
    [InlineData("在其直接参数里不能包含，函数里调用，参数只能是整数；方圆数里，走了数里路，无数只鸟", "在其直接參數裏不能包含，函數裏調用，參數只能是整數；方圓數里，走了數里路，無數隻鳥")] // OpenCC: 函數里; 数 before 里 read as a number had made it 參數里
    [InlineData("往锅里加水，往汤里加盐，往杯子里加冰，碗里加点醋；拉脱维亚首都里加，在里加举行，每公里加收一元", "往鍋裏加水，往湯裏加鹽，往杯子裏加冰，碗裏加點醋；拉脫維亞首都里加，在里加舉行，每公里加收一元")] // OpenCC: 鍋里, 湯里, 杯子里, 碗里 (the phrase 里加, Riga)
    [InlineData("北弗里西亚语，周次会被显示，巴厘文字，回复以往方向，银行卡里的钱", "北弗里西亞語，週次會被顯示，巴厘文字，回復以往方向，銀行卡裏的錢")] // OpenCC: 北弗裏西亞語, 周次, 巴釐, 回覆以往
    [InlineData("埃里克·佩里和里德卡-克里夫兰", "埃里克·佩里和里德卡-克里夫蘭")] // a chunk ending at the hyphen (里德) had no word cut and made it 裏德卡
    public void 里_in_a_name_by_sound_stays(string simplified, string traditional) =>
        AssertSplitAndWhole(simplified, traditional);

    /// <summary>周 after a number counts weeks (週), 只 counts (隻) and 海里 is the nautical mile (else 海裏, "in the sea"), whether the number is a digit or a word the cut keeps apart (第二|周); 四周 "all around" and 只是 stay.</summary>
    [Theory]
    [InlineData("第3周起实施，第二周复查，2周后复检", "第3週起實施，第二週複查，2週後複檢")] // OpenCC: 第3周, 2周後
    [InlineData("四周均匀涂抹", "四周均勻塗抹")]
    [InlineData("抽检数千只鸡和300余只羊，这只是开始", "抽檢數千隻雞和300餘隻羊，這只是開始")] // OpenCC: 數千只
    [InlineData("距岸十二海里、200海里的海域，海里有鱼，大海里的鱼", "距岸十二海里、200海里的海域，海裏有魚，大海裏的魚")] // OpenCC: 海里有魚, 大海里
    [InlineData("现在海里的鱼越来越少，他正在海里游泳", "現在海裏的魚越來越少，他正在海裏游泳")] // the word cut's 现在|海里 made it 海里
    [InlineData("这只适用于文件夹，这只对管理员有效，这只会让情况更糟，那只适合夏天，这只影响屏幕保护；这只猫很可爱，这只对虾很大，那只不锈钢杯子", "這只適用於文件夾，這只對管理員有效，這只會讓情況更糟，那只適合夏天，這只影響屏幕保護；這隻貓很可愛，這隻對蝦很大，那隻不鏽鋼杯子")] // OpenCC: 這隻 before every verb
    [InlineData("这批鸭子中有三十只是病鸭，一百多只能卖出去，院子里好几只要喂食，第一只是白色的", "這批鴨子中有三十隻是病鴨，一百多隻能賣出去，院子裏好幾隻要餵食，第一隻是白色的")] // a number takes its measure word from 只是, 只能, 只要 (the word cut had 三十|只是: 三十只是); OpenCC: 好幾只要
    [InlineData("唯一只有他知道，差不多只是这样，星期六只能休息，万一只是误会，-1只能在非交互模式下使用", "唯一只有他知道，差不多只是這樣，星期六只能休息，萬一只是誤會，-1只能在非交互模式下使用")] // words that end with a numeral, and an option, count nothing; OpenCC: 唯一隻有, 差不多隻是
    [InlineData("他买了一只表，这只表很贵", "他買了一隻錶，這隻錶很貴")] // OpenCC: 一隻表
    [InlineData("最多只接受一个，顶多只有十个，三十多只羊；收了5个旧手机，这个旧的，云南个旧市", "最多只接受一個，頂多只有十個，三十多隻羊；收了5個舊手機，這個舊的，雲南箇舊市")] // OpenCC: 最多隻, 5箇舊
    [InlineData("在日历中显示周日历，本周日休息", "在日曆中顯示週日曆，本週日休息")] // the word cut's 显示|周|日历 had left 周日曆
    [InlineData("四周数不清的星星，四周有很多树，第三周数据", "四周數不清的星星，四周有很多樹，第三週數據")] // the phrase 周数 (週數) across the word 四周 had made it 四週數
    public void A_number_before_周_counts_weeks(string simplified, string traditional) =>
        AssertSplitAndWhole(simplified, traditional);

    /// <summary>Surnames before a title or 某 keep their character (OpenCC 1.1.6 writes 範, 於, 餘, 黨, 嶽); where the word cut puts the character with the word before, it does not.</summary>
    [Theory]
    [InlineData("当事人于某在经营场所内销售过期食品", "當事人于某在經營場所內銷售過期食品")] // OpenCC: 於某
    [InlineData("范先生是一名质检员", "范先生是一名質檢員")] // OpenCC: 範先生
    [InlineData("余女士投诉了这家商场", "余女士投訴了這家商場")] // OpenCC: 餘女士
    [InlineData("党局长和岳科长到场检查", "党局長和岳科長到場檢查")] // OpenCC: 黨局長, 嶽科長
    [InlineData("取决于先生们的意见", "取決於先生們的意見")]
    [InlineData("其余某些产品合格", "其餘某些產品合格")]
    [InlineData("关键在于老师的引导，对于厂长提出的问题，该产品适用于医生，属于经理的职责", "關鍵在於老師的引導，對於廠長提出的問題，該產品適用於醫生，屬於經理的職責")] // the names table made it 在于老師, 對于廠長, 適用于醫生
    [InlineData("请找于老师签字，请与余经理联系，万余经理人参加，他是业余老师", "請找于老師簽字，請與余經理聯繫，萬餘經理人參加，他是業餘老師")]
    [InlineData("他姓于，于姓村民和钟姓家族，对于姓名的规定，规范姓名登记", "他姓于，于姓村民和鍾姓家族，對於姓名的規定，規範姓名登記")] // OpenCC: 姓於
    [InlineData("范老板和余老板来了，涂阿姨和岳大爷也到了；对于老板来说，其余老板都同意，由于大爷身体不好，糊涂大爷，能干老板，该党主席表示", "范老闆和余老闆來了，涂阿姨和岳大爺也到了；對於老闆來說，其餘老闆都同意，由於大爺身體不好，糊塗大爺，能幹老闆，該黨主席表示")] // OpenCC: 範老闆, 餘老闆, 塗阿姨, 嶽大爺
    public void Surnames_before_a_title_keep_their_character(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    /// <summary>
    /// 干 and 面 left on their own by the word cut (干|花椒, 干|面条) take the form the phrase after
    /// them gives (干花 乾花, 干面 乾麪), where alone they would be 幹 and 面; other characters, and a
    /// phrase before them, do not count.
    /// </summary>
    [Theory]
    [InlineData("进口干红葡萄酒", "進口乾紅葡萄酒")] // OpenCC agrees; refusing 干红 had made it 幹紅
    [InlineData("干洗剂的成分", "乾洗劑的成分")] // OpenCC agrees
    [InlineData("抽检干面条和干花椒", "抽檢乾麪條和乾花椒")]
    [InlineData("干白葡萄酒", "乾白葡萄酒")]
    [InlineData("马桶冲水量超标", "馬桶沖水量超標")] // OpenCC agrees; refusing 冲水 had made it 衝水
    [InlineData("冲着他大喊", "衝着他大喊")]
    [InlineData("托克劳群岛", "托克勞羣島")] // OpenCC agrees: 托 left single inside the word 托克劳 takes the form of 托克 (托克), not 託
    [InlineData("我们找到了解决办法", "我們找到了解決辦法")] // not 瞭: 了 is not bound to what follows
    [InlineData("干部要带头", "幹部要帶頭")]
    public void A_lone_bound_character_takes_the_form_of_the_phrase_after_it(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    /// <summary>The text converts to this, split into chunks (as builds do) and as one chunk.</summary>
    private static void AssertSplitAndWhole(string simplified, string traditional)
    {
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditionalUnsplit(simplified));
    }

    private static readonly string[] SampleFolders = ["content", "docs"];

    /// <summary>A surname after a byline's role, 联系人, 名叫 or 姓 keeps its surname form; 于 that says "at" stays 於.</summary>
    [Theory]
    [InlineData("本报讯（记者范晓东 通讯员于伟）", "本報訊（記者范曉東 通訊員于偉）")] // OpenCC: 記者範曉東 通訊員於偉
    [InlineData("本报讯（记者范晓东通讯员于伟）", "本報訊（記者范曉東通訊員于偉）")] // no space between the two (qsite check --fix takes it out): the next role ends the name
    [InlineData("联系人：钟敏，他姓范，有个朋友名叫余华，记者周一鸣报道", "聯繫人：鍾敏，他姓范，有個朋友名叫余華，記者周一鳴報道")] // OpenCC: 姓範, 餘華
    [InlineData("记者于昨日获悉，记者于今日报道，作者于2019年出版，编辑部收到来信", "記者於昨日獲悉，記者於今日報道，作者於2019年出版，編輯部收到來信")]
    [InlineData("可编辑范围内的文字，联系人余额不足，记者周末值班，作者范围，编辑范围，他复姓欧阳，复姓岳先生", "可編輯範圍內的文字，聯繫人餘額不足，記者週末值班，作者範圍，編輯範圍，他複姓歐陽，複姓岳先生")] // a common word is no name, even at the text's end; the role itself reads by its phrases (复姓 複姓)
    public void A_surname_after_a_byline_keeps_its_form(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    /// <summary>A surname right after a title or a word for a person keeps its surname form; a common word there is none, and 于 before a time, a place or a thing stays 於.</summary>
    [Theory]
    [InlineData("局长范明在会上作了总结发言", "局長范明在會上作了總結發言")] // OpenCC: 局長範明 … 總結髮言
    [InlineData("副局长于海涛出席会议，党委书记余建平主持", "副局長于海濤出席會議，黨委書記余建平主持")] // OpenCC: 於海濤, 餘建平
    [InlineData("总经理范志强说，执法人员范明、主任于伟一同检查", "總經理范志強說，執法人員范明、主任于偉一同檢查")] // jieba has 范志 as a rare word
    [InlineData("局长于会上强调，主任于本周五，经理于现场指导，处长于工作中发现，代表于北京出席会议", "局長於會上強調，主任於本週五，經理於現場指導，處長於工作中發現，代表於北京出席會議")]
    [InlineData("学生于课后参加活动，消费者于事后表示，老板于店内称，患者于术后表示；书记于建中表示", "學生於課後參加活動，消費者於事後表示，老闆於店內稱，患者於術後表示；書記于建中表示")] // a time or a place that ends as one does; a name may end in 中
    [InlineData("主任于是决定，处长周密部署，局长余下的工作，经理余额不足，董事长钟爱书法，局长范围内，局长周末加班", "主任於是決定，處長周密部署，局長餘下的工作，經理餘額不足，董事長鍾愛書法，局長範圍內，局長週末加班")]
    [InlineData("支部书记党小组，工程师范明，他擅长于写作。医生姜汤，网友于微博上发文，老师周记", "支部書記黨小組，工程師範明，他擅長於寫作。醫生薑湯，網友於微博上發文，老師週記")] // 党小组 is a word; 工程|师范 leaves no title before 范; 姜汤 is a phrase of the table
    [InlineData("副局长范文涛主持会议。范文涛指出，要抓好落实；局长余志刚出席。余志刚要求，其余志刚说的", "副局長范文濤主持會議。范文濤指出，要抓好落實；局長余志剛出席。余志剛要求，其餘志剛說的")] // a name whose first two characters are a word (范文); a name mentioned again keeps its surname, but not inside 其余 (OpenCC: 範文濤, 餘志剛)
    [InlineData("局长范围内，局长周末，记者于伟报道。于伟说，要致力于伟大复兴；局长于海出席，位于海边的工厂", "局長範圍內，局長週末，記者于偉報道。于偉說，要致力於偉大復興；局長于海出席，位於海邊的工廠")] // everyday words are no names; a byline's name is remembered too, but not where a word takes its surname (致力于, 位于)
    public void A_surname_after_a_title_keeps_its_form(string simplified, string traditional)
    {
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditionalUnsplit(simplified));
    }

    /// <summary>A name that opens a clause and goes on with what people do, or that a title or an honorific follows, keeps its surname form; a word there (余下, 游故宫, 涂墙面) and 于 before a time or a place are none.</summary>
    [Theory]
    [InlineData("余承东在发布会上介绍了新款手机。于和伟在剧中饰演一位老干部。", "余承東在發佈會上介紹了新款手機。于和偉在劇中飾演一位老幹部。")] // OpenCC: 餘承東, 於和偉
    [InlineData("余秋雨的散文很受欢迎，游本昌老师出演过济公，会上余志刚局长指出", "余秋雨的散文很受歡迎，游本昌老師出演過濟公，會上余志剛局長指出")] // OpenCC: 餘秋雨, 遊本昌, 餘志剛; 余秋雨 is one word of the cut
    [InlineData("范明表示，要加强监管。范明还说，检查要细。", "范明表示，要加強監管。范明還說，檢查要細。")] // OpenCC: 範明; the name is remembered for its second mention
    [InlineData("游故宫是一种享受，涂墙面的时候要先打底，余下的工作由他负责，余三人在现场等候", "遊故宮是一種享受，塗牆面的時候要先打底，餘下的工作由他負責，餘三人在現場等候")] // a common word after 游 or 涂 is what one visits or paints, not a given name
    [InlineData("于凌晨在家中被控制，于途中遇到大雨，于近日在北京召开，于会上表示感谢，于是决定", "於凌晨在家中被控制，於途中遇到大雨，於近日在北京召開，於會上表示感謝，於是決定")]
    [InlineData("郁金香的花语，余姚人的习惯，村党支部书记主持，周末在家休息，范例是这样写的", "鬱金香的花語，餘姚人的習慣，村黨支部書記主持，週末在家休息，範例是這樣寫的")] // words of the table or the cut; 党 before a title is the party's
    [InlineData("我读过余秋雨的书，后来范仲淹写道；全长三百余公里，共计一千余人次，其余秋雨，他住在余姚", "我讀過余秋雨的書，後來范仲淹寫道；全長三百餘公里，共計一千餘人次，其餘秋雨，他住在餘姚")] // a name the dictionary holds, mid-clause (OpenCC: 餘秋雨, 範仲淹); not after a number or in 其余
    public void A_name_that_opens_a_clause_or_comes_before_a_title_keeps_its_surname(string simplified, string traditional)
    {
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditionalUnsplit(simplified));
    }

    /// <summary>
    /// The converter splits a text where no phrase or dictionary word joins two neighbours and
    /// converts a piece without a character whose form depends on its phrase character by
    /// character: on every line of the sample site and the docs, and with a site term that changes
    /// a character's usual form, that gives what converting the whole text at once gives.
    /// </summary>
    [Fact]
    public void Split_conversion_equals_converting_the_whole_text()
    {
        var lines = SampleFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.md", SearchOption.AllDirectories))
            .SelectMany(File.ReadAllLines).Where(l => l.Length > 0).Distinct().ToList();
        lines.AddRange(["人人参与质量提升行动", "头发干了再出门", "三个人参加了比赛", "昆山市场的干货", "这个钟很准", "企业改制得以顺利完成", "选购家具看标志，坐标系和恒生指数"]);
        Assert.True(lines.Count > 500, $"only {lines.Count} lines to compare");
        var withTerm = ScriptConverter.Default.With(new Dictionary<string, string> { ["昆山"] = "昆山" });
        foreach (var converter in new[] { ScriptConverter.Default, withTerm })
        {
            var differing = lines.Where(l => converter.ToTraditional(l) != converter.ToTraditionalUnsplit(l)).Take(5).ToList();
            Assert.True(differing.Count == 0, "split and whole conversions differ on: " + string.Join(" | ", differing));
        }

        Assert.Equal("昆山市場的乾貨", withTerm.ToTraditional("昆山市场的干货"));

        // Characters with one form of their own that a phrase writes otherwise (具 → 俱 in 家具, 坐 → 座 in 坐标, 恒 stays in 恒生).
        Assert.Equal("選購傢俱看標誌，座標系和恒生指數", ScriptConverter.Default.ToTraditional("选购家具看标志，坐标系和恒生指数"));
    }

    private static readonly string[] PairWords = ["质量", "监督抽查", "头发"];

    [Fact]
    public void Char_pairs_hold_the_neighbours_of_every_word_added()
    {
        var pairs = new CharPairs(4);
        foreach (var word in PairWords)
        {
            pairs.AddPairsOf(word);
        }

        Assert.True(pairs.Contains('质', '量'));
        Assert.True(pairs.Contains('督', '抽'));
        Assert.True(pairs.Contains('头', '发'));
        Assert.False(pairs.Contains('量', '质'));
        Assert.False(pairs.Contains('量', '监'));
        Assert.False(pairs.Copy().Contains('发', '干'));
    }
}
