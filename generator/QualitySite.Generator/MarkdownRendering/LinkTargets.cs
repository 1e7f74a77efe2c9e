namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// What relative links in Markdown can point at: other content files (by their path under content/)
/// and files copied from content/ such as images and attachments.
/// </summary>
/// <param name="PageUrls">Page href by content path, e.g. guides/cashmere.md → /guides/cashmere/.</param>
/// <param name="Files">Content paths of non-Markdown files under content/.</param>
/// <param name="BasePath">Site base path, e.g. "/".</param>
/// <param name="BaseUrl">The site's own address: full URLs on it are links into this site.</param>
public sealed record LinkTargets(IReadOnlyDictionary<string, string> PageUrls, IReadOnlySet<string> Files, string BasePath, Uri BaseUrl);
