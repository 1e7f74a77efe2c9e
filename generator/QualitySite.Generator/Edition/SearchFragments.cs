using QualitySite.Generator.Config;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Model;
using QualitySite.Generator.Search;

namespace QualitySite.Generator.Edition;

/// <summary>
/// The edition's search fragments (what a result shows), written from the search documents as the
/// index writes its own, with the Han text in Traditional, the page's address in the edition and
/// the edition's language tag. A page written in Traditional keeps its text. The index, its shards
/// and the folding table are shared by both editions.
/// </summary>
public sealed partial class TraditionalEdition
{
    /// <summary>The edition's copy of each fragment of the index in <paramref name="folder"/>, in the documents' order.</summary>
    public List<OutputFile> Fragments(IReadOnlyList<SearchDocument> documents, string folder)
    {
        var copies = new OutputFile[documents.Count];
        Parallel.For(0, documents.Count, i => copies[i] = Fragment(documents[i], folder));
        return [.. copies];
    }

    private OutputFile Fragment(SearchDocument d, string folder)
    {
        var traditional = Languages.IsTraditional(d.Lang);
        var copy = d with { Url = Link(d.Url), Lang = d.Lang == "zh-Hans" ? _lang : d.Lang };
        var names = new NameMemory();
        var bytes = SearchIndexWriter.Fragment(copy, traditional ? null : (sb, text) => _converter.AppendTraditional(sb, text, names));
        var path = SearchIndexWriter.FragmentPath(folder, d);
        return new OutputFile(PathOf(path), bytes, null, "search index" + OriginMark);
    }
}
