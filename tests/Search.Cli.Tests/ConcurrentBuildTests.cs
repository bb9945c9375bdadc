using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Cli.Tests;

public sealed class ConcurrentBuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-cli-lock-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_build_while_another_process_writes_the_index_is_refused_and_changes_nothing()
    {
        var seeds = Folder("seeds", ("kept", "Kept headline\nThe committed paragraph."));
        var others = Folder("others", ("other", "Other headline\nA paragraph that must not replace it."));
        var indexPath = Path.Combine(_root, "index");
        using var index = new ParagraphIndex(indexPath);
        index.Rebuild(seeds, null, CancellationToken.None);

        // This process holds the index's write lock, as a server does during an upsert stream or a rebuild.
        using (await index.BeginWriteAsync(CancellationToken.None))
        {
            var (exitCode, _, errors) = CliRunner.Run("index", "--source", others, "--index", indexPath, "--no-entities");

            Assert.Equal(1, exitCode);
            Assert.StartsWith("search-cli: The index is being written (a rebuild, or changes, in this server or another process)", errors);
        }

        index.Refresh();
        var everything = new ParagraphSearcher(index).Search(new SearchSpec { Query = "headline | paragraph" }, CancellationToken.None);
        Assert.Equal([("kept", 0), ("kept", 1)], everything.Hits.Select(h => (h.ArticleId, h.ParagraphIndex)).Order());
    }

    private string Folder(string name, params (string Id, string Text)[] articles)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        foreach (var (id, text) in articles)
        {
            File.WriteAllText(Path.Combine(folder, id + ".txt"), text);
        }
        return folder;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
