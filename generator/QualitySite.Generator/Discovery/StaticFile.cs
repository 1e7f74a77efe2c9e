namespace QualitySite.Generator.Discovery;

/// <summary>A file copied to the output as it is: a template asset or an image or attachment from content/.</summary>
/// <param name="FullPath">Absolute source path.</param>
/// <param name="OutputPath">Path in the output folder, '/' separated.</param>
/// <param name="Origin">Site-relative source path, for messages.</param>
public sealed record StaticFile(string FullPath, string OutputPath, string Origin);
