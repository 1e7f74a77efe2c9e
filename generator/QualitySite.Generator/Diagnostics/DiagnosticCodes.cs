namespace QualitySite.Generator.Diagnostics;

/// <summary>
/// Stable codes for every diagnostic, grouped by the stage that reports them.
/// Codes never change meaning; docs/errors.md lists them with examples.
/// </summary>
public static class DiagnosticCodes
{
    // QS0xxx: how qsite was called (exit code 2)
    public const string Usage = "QS0001";
    public const string OutputNotOurs = "QS0002";
    public const string OutputLocked = "QS0003";

    // QS1xxx: site.yml
    public const string ConfigMissing = "QS1001";
    public const string ConfigSyntax = "QS1002";
    public const string ConfigValue = "QS1003";
    public const string ConfigUnknownKey = "QS1004";

    // QS2xxx: reading and parsing content
    public const string NotUtf8 = "QS2001";
    public const string NoFrontMatter = "QS2002";
    public const string YamlSyntax = "QS2003";
    public const string MissingField = "QS2004";
    public const string BadDate = "QS2005";
    public const string WrongType = "QS2006";
    public const string BadValue = "QS2007";
    public const string UnknownField = "QS2008";
    public const string FieldNotForType = "QS2009";
    public const string UnknownSection = "QS2010";
    public const string NoHistory = "QS2011";
    public const string DataRow = "QS2012";
    public const string ReadFailed = "QS2013";
    public const string UnsafeFile = "QS2014";
    public const string ScaffoldText = "QS2015";
    public const string ControlCharacter = "QS2016";
    public const string PersonalInfo = "QS2017";
    public const string ImageLocation = "QS2018";

    // QS3xxx: cross-page validation
    public const string UrlCollision = "QS3001";
    public const string PathEscape = "QS3002";
    public const string DuplicateIndexNo = "QS3003";
    public const string OutputCollision = "QS3004";
    public const string Contradiction = "QS3005";
    public const string HistoryMismatch = "QS3006";
    public const string DisclosureIncomplete = "QS3007";

    // QS4xxx: Markdown
    public const string BrokenLink = "QS4001";
    public const string MissingImage = "QS4002";
    public const string RawHtmlEscaped = "QS4003";
    public const string BrokenAnchor = "QS4004";
    public const string ExternalLink = "QS4005";
    public const string DuplicateTitle = "QS4006";
    public const string UnsafeUrl = "QS4007";
    public const string HtmlSanitized = "QS4008";
    public const string TooDeep = "QS4009";
    public const string UnknownContainer = "QS4010";
    public const string UnclosedBlock = "QS4011";

    // QS5xxx: templates
    public const string TemplateMissing = "QS5001";
    public const string TemplateSyntax = "QS5002";
    public const string TemplateRender = "QS5003";

    // QS6xxx: output
    public const string OutputWrite = "QS6001";
}
