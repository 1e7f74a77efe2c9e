using QualitySite.Generator.Config;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Generator.Templates;

/// <summary>A layout (templates/layouts/&lt;Name&gt;.hbs) and the one view record it is rendered with: the compiler checks that every render hands it the right one.</summary>
public sealed record Layout<TView>(string Name)
    where TView : class;

/// <summary>Every layout the generator renders, each with its view record.</summary>
public static class Layouts
{
    public static readonly Layout<LayoutView> Base = new("base");
    public static readonly Layout<HomeView> Home = new("home");
    public static readonly Layout<ListView> Section = new("section");
    public static readonly Layout<TermsView> Terms = new("terms");
    public static readonly Layout<ArchivesView> Archives = new("archives");
    public static readonly Layout<TrendView> Trend = new("trend");
    public static readonly Layout<SearchView> Search = new("search");
    public static readonly Layout<NotFoundView> NotFound = new("404");

    /// <summary>The layout of a content kind's pages (notice, guide, result, page).</summary>
    public static Layout<ArticleView> Article(ContentKind kind) => new(kind.Layout);

    /// <summary>The names of all of them: each must exist in templates/layouts/.</summary>
    public static readonly string[] Names =
        [Base.Name, Home.Name, Section.Name, .. ContentKinds.All.Select(k => k.Layout), NotFound.Name, Search.Name, Terms.Name, Archives.Name, Trend.Name];
}
