namespace QualitySite.Generator.Search;

/// <summary>One page's entry in a term's posting list: weighted term frequency and (for bigrams) the first positions.</summary>
public readonly record struct Posting(int Doc, int WeightedTf, int[] Positions);

/// <summary>
/// The in-memory inverted index: term → postings in document order, plus each document's weighted
/// length for BM25. Field weights: title 4, headings and tags 2, body 1.
/// </summary>
public sealed class InvertedIndex
{
    public const int TitleWeight = 4;
    public const int HeadingWeight = 2;
    public const int BodyWeight = 1;
    public const int MaxPositions = 8;

    private InvertedIndex(SortedDictionary<string, List<Posting>> terms, int[] lengths)
    {
        Terms = terms;
        DocLengths = lengths;
    }

    public SortedDictionary<string, List<Posting>> Terms { get; }

    public int[] DocLengths { get; }

    public double AverageLength => DocLengths.Length == 0 ? 1 : Math.Max(1, DocLengths.Average());

    public static InvertedIndex Build(IReadOnlyList<SearchDocument> documents, TextAnalyzer analyzer)
    {
        var perDoc = new Dictionary<string, DocTerm>[documents.Count];
        var lengths = new int[documents.Count];
        Parallel.For(0, documents.Count, i => (perDoc[i], lengths[i]) = Analyze(documents[i], analyzer));

        var terms = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var doc = 0; doc < perDoc.Length; doc++)
        {
            foreach (var (term, stats) in perDoc[doc])
            {
                if (!terms.TryGetValue(term, out var list))
                {
                    terms[term] = list = [];
                }

                list.Add(new Posting(doc, stats.WeightedTf, stats.Positions?.ToArray() ?? []));
            }
        }

        return new InvertedIndex(new SortedDictionary<string, List<Posting>>(terms, StringComparer.Ordinal), lengths);
    }

    private sealed class DocTerm
    {
        public int WeightedTf;
        public List<int>? Positions;
    }

    private static (Dictionary<string, DocTerm>, int) Analyze(SearchDocument doc, TextAnalyzer analyzer)
    {
        var terms = new Dictionary<string, DocTerm>(StringComparer.Ordinal);
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var length = 0;
        var offset = 0;
        void Field(string text, int weight)
        {
            var fieldOffset = offset;
            analyzer.Tokenize(text, (term, kind, position) =>
            {
                if (!lookup.TryGetValue(term, out var stats))
                {
                    stats = new DocTerm();
                    lookup[term] = stats;
                }

                stats.WeightedTf += weight;
                length += kind == TokenKind.Bigram ? 0 : weight;
                if (kind == TokenKind.Bigram && (stats.Positions ??= []).Count < MaxPositions)
                {
                    stats.Positions.Add(fieldOffset + position);
                }
            });
            offset += text.Length + 16; // a gap, so a phrase never spans two fields
        }

        Field(doc.Title, TitleWeight);
        foreach (var heading in doc.Headings.Concat(doc.Tags))
        {
            Field(heading, HeadingWeight);
        }

        Field(doc.Body, BodyWeight);
        return (terms, Math.Max(1, length));
    }
}
