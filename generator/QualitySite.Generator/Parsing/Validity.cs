namespace QualitySite.Generator.Parsing;

/// <summary>有效性 of a disclosed document: the values an editor may write, in either script, and what each means.</summary>
public static class Validity
{
    public static readonly string[] InForce = ["现行有效", "現行有效"];

    public static readonly string[] NotInForce = ["失效", "废止", "廢止"];

    public static readonly string[] All = [.. InForce, .. NotInForce];

    public static bool IsInForce(string? value) => value is not null && InForce.Contains(value, StringComparer.Ordinal);

    public static bool IsNotInForce(string? value) => value is not null && NotInForce.Contains(value, StringComparer.Ordinal);
}
