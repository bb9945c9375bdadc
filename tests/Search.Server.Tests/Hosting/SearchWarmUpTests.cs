using Microsoft.Extensions.Logging;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Server.Hosting;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Hosting;

public sealed class SearchWarmUpTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-warm-up-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Over_the_seed_index_every_kind_of_request_runs_and_finds_something()
    {
        using var index = Built(RecognizerTagger.Default);

        // Any paragraphs; a phrase, exact and with slop, the same words as free text, a prefix, a fuzzy word, a relaxed query and the
        // words' entity facet; the article; the entity list, the top entity, and entities by its name as a prefix.
        Assert.Equal(new WarmUpResult(Requests: 12, Answered: 12), SearchWarmUp.Run(new ParagraphSearcher(index), CancellationToken.None));
    }

    [Fact]
    public void Without_entities_the_entity_search_is_left_out()
    {
        using var index = Built(tagger: null);

        // The entity facet and the entity list run and are empty.
        Assert.Equal(new WarmUpResult(Requests: 10, Answered: 8), SearchWarmUp.Run(new ParagraphSearcher(index), CancellationToken.None));
    }

    [Fact]
    public async Task An_index_with_every_article_deleted_gets_one_request()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_root, "one-seed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, "only.txt"), "A headline\n\nOne paragraph of text.\n", CancellationToken.None);
        using var index = new ParagraphIndex(Path.Combine(_root, "index"));
        index.Rebuild(seeds, null, CancellationToken.None);
        using (var session = await index.BeginWriteAsync(CancellationToken.None))
        {
            Assert.Equal(2, session.Delete("only"));
            session.Commit();
        }

        Assert.Equal(new WarmUpResult(Requests: 1, Answered: 0), SearchWarmUp.Run(new ParagraphSearcher(index), CancellationToken.None));
    }

    [Fact]
    public async Task The_server_warms_up_before_it_listens_even_with_a_tight_query_budget()
    {
        var logs = await CapturedLog.OfStartAndStopAsync(LogLevel.Information,
            $"--Search:SeedsPath={RepositoryPaths.Seeds}", $"--Search:IndexPath={Path.Combine(_root, "index")}", "--Search:AdminToken=t", "--Search:QueryBudgetSeconds=0.001");

        Assert.Single(logs.Messages, message => message.StartsWith("Warmed up with 12 requests (12 found something) in ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("U.S. oil prices rose 2.5 pct", "oil prices")]
    [InlineData("Kim Jong Un met", "Kim Jong")]
    [InlineData("1987 - 2.5 pct", null)]
    [InlineData("one", null)]
    public void The_phrase_is_two_neighbouring_words_of_letters(string text, string? expected)
    {
        Assert.Equal(expected, SearchWarmUp.FirstTwoWords(text));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private ParagraphIndex Built(IEntityTagger? tagger)
    {
        var index = new ParagraphIndex(Path.Combine(_root, "index"), tagger);
        index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        return index;
    }
}
