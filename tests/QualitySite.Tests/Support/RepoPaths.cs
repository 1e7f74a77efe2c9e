namespace QualitySite.Tests.Support;

/// <summary>Finds the repository root (the folder holding QualitySite.sln) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QualitySite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("QualitySite.sln not found above " + AppContext.BaseDirectory);
    }
}
