namespace QualitySite.Generator.ResultsData;

/// <summary>How a sampled batch came out.</summary>
public enum Outcome
{
    Pass,
    Fail,
    Refused,
}

/// <summary>One sampled batch (a row of the announcement's table), with the file line it came from.</summary>
public sealed record ResultRow(int Line, IReadOnlyDictionary<string, string> Values, Outcome Outcome)
{
    /// <summary>The worksheet of a spreadsheet row, for messages that name the cell.</summary>
    public string? Sheet { get; init; }

    public string this[string column] => Values.GetValueOrDefault(column, "");
}

/// <summary>The rows of a results announcement, with their columns in display order.</summary>
/// <param name="Source">Where the rows came from, e.g. content/results/a.csv, for messages and downloads.</param>
public sealed record ResultTable(string Source, IReadOnlyList<string> Columns, IReadOnlyList<ResultRow> Rows)
{
    public const string Number = "序号";
    public const string Product = "产品名称";
    public const string Maker = "标称生产企业";
    public const string Seller = "被抽样单位";
    public const string Model = "规格型号";
    public const string Brand = "商标";
    public const string Batch = "生产日期/批号";
    public const string Result = "检验结论";
    public const string FailedItems = "不合格项目";
    public const string Lab = "承检机构";
    public const string Remark = "备注";

    /// <summary>Columns every row must fill (不合格项目 only when the batch failed).</summary>
    public static readonly string[] Required = [Number, Product, Maker, Seller, Model, Brand, Batch, Result, Lab];

    /// <summary>The standard columns in the order announcements print them; other columns follow.</summary>
    public static readonly string[] Standard = [Number, Product, Maker, Seller, Model, Brand, Batch, Result, FailedItems, Lab, Remark];

    public int Batches => Rows.Count(r => r.Outcome != Outcome.Refused);

    public int Passed => Rows.Count(r => r.Outcome == Outcome.Pass);

    public int Failed => Rows.Count(r => r.Outcome == Outcome.Fail);

    public int Refused => Rows.Count(r => r.Outcome == Outcome.Refused);
}
