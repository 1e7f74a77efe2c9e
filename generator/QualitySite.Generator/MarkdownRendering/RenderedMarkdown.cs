namespace QualitySite.Generator.MarkdownRendering;

/// <summary>The Markdown body of a page turned into HTML, with what lists, search and templates need from it.</summary>
/// <param name="Html">The body HTML.</param>
/// <param name="Toc">Level 2 and 3 headings, in order.</param>
/// <param name="PlainText">Text without markup, for summaries and search.</param>
/// <param name="CharacterCount">Characters of text (CJK-aware word count: one per Han character).</param>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc, string PlainText, int CharacterCount);

/// <summary>One heading in a page's table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
