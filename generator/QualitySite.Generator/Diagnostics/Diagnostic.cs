namespace QualitySite.Generator.Diagnostics;

/// <summary>How serious a diagnostic is: errors fail the build, warnings do not.</summary>
public enum Severity
{
    Note,
    Warning,
    Error,
}

/// <summary>
/// One problem found in the user's files, reported as <c>path:line:column: severity: message</c>.
/// User mistakes are values of this type, never exceptions.
/// </summary>
/// <param name="Path">Path relative to the site folder, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Code">Stable code (see <see cref="DiagnosticCodes"/>), used by tests and docs.</param>
/// <param name="Message">What is wrong; how to fix it.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public static Diagnostic Error(string code, SourceLocation at, string message) =>
        new(Severity.Error, code, at.Path, at.Line, at.Column, message);

    public static Diagnostic Warning(string code, SourceLocation at, string message) =>
        new(Severity.Warning, code, at.Path, at.Line, at.Column, message);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The clickable form editors and CI annotators understand.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}:{Line}:{Math.Max(Column, 1)}" : Path;
        var severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
        return $"{where}: {severity}: {Message} [{Code}]";
    }
}

/// <summary>A position in a source file: path relative to the site folder, 1-based line and column.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 0, 0);
}
