using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Support;

/// <summary>A real on-disk index built from real article files, with a searcher over it.</summary>
internal sealed class TestIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    private TestIndex(string seeds, IEntityTagger? tagger = null)
    {
        Index = new ParagraphIndex(_folder.Combine("index"), tagger);
        Build = Index.Rebuild(seeds, null, CancellationToken.None);
        Searcher = new ParagraphSearcher(Index);
    }

    public ParagraphIndex Index { get; }
    public ParagraphSearcher Searcher { get; }
    public BuildResult Build { get; }

    public static TestIndex FromFolder(string seeds, IEntityTagger? tagger = null) => new(seeds, tagger);

    /// <summary>Writes each (id, text) pair as `id.txt` and indexes them.</summary>
    public static TestIndex FromArticles(params (string Id, string Text)[] articles) => FromArticles(null, articles);

    /// <summary>Writes each (id, text) pair as `id.txt` and indexes them, tagging entities with <paramref name="tagger"/>.</summary>
    public static TestIndex FromArticles(IEntityTagger? tagger, params (string Id, string Text)[] articles)
    {
        var seeds = Path.Combine(Path.GetTempPath(), "search-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seeds);
        foreach (var (id, text) in articles)
        {
            File.WriteAllText(Path.Combine(seeds, id + ".txt"), text);
        }
        try
        {
            return new TestIndex(seeds, tagger);
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    public SearchResult Phrase(string phrase, int limit = 10) =>
        Searcher.Search(new SearchSpec { Phrase = phrase, Limit = limit }, CancellationToken.None);

    public SearchResult Query(string query, int limit = 10) =>
        Searcher.Search(new SearchSpec { Query = query, Limit = limit }, CancellationToken.None);

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
