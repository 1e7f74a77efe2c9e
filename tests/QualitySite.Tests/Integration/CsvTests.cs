using QualitySite.Generator.ResultsData;

namespace QualitySite.Tests.Integration;

public sealed class CsvTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_are_counted()
    {
        var records = Csv.Parse("a,b\r\n\"x,1\",\"说\"\"明\"\r\n\"两\n行\",z\n");
        Assert.Equal(3, records.Count);
        Assert.Equal(["x,1", "说\"明"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["两\n行", "z"], records[2].Fields);
        Assert.Equal(3, records[2].Line);
    }

    [Fact]
    public void Writing_quotes_only_what_needs_it() =>
        Assert.Equal(["羊绒衫", "\"a,b\"", "\"说\"\"明\""], new[] { "羊绒衫", "a,b", "说\"明" }.Select(Csv.Field));
}
