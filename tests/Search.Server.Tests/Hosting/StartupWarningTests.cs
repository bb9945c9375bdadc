using Microsoft.Extensions.Logging;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Hosting;

public sealed class StartupWarningTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-startup-warning-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task An_index_built_without_entities_is_served_with_a_warning_that_says_how_to_tag_it()
    {
        var indexPath = Path.Combine(_root, "index");
        using (var index = new ParagraphIndex(indexPath))
        {
            index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        }
        var logs = await CapturedLog.OfStartAndStopAsync(LogLevel.Warning,
            $"--Search:SeedsPath={RepositoryPaths.Seeds}", $"--Search:IndexPath={indexPath}", "--Search:AdminToken=t");

        Assert.Contains(
            $"The index in {indexPath} has no entities (built with --no-entities?): entity queries and listings find nothing, and only new upserts get entities. Call RebuildIndex to tag every article.",
            logs.Messages);
    }

    [Fact]
    public async Task An_index_built_with_entities_that_mentions_no_one_is_served_without_that_warning()
    {
        var indexPath = Path.Combine(_root, "index");
        using (var index = new ParagraphIndex(indexPath, new NoNames()))
        {
            index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        }
        var logs = await CapturedLog.OfStartAndStopAsync(LogLevel.Warning,
            $"--Search:SeedsPath={RepositoryPaths.Seeds}", $"--Search:IndexPath={indexPath}", "--Search:AdminToken=t");

        Assert.DoesNotContain(logs.Messages, message => message.Contains("has no entities", StringComparison.Ordinal));
    }

    // A tagger that finds no one: the index is tagged, and holds no mention.
    private sealed class NoNames : IEntityTagger
    {
        public IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<string> paragraphs) =>
            paragraphs.Select(_ => (IReadOnlyList<TaggedSpan>)[]).ToList();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
