using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Contracts.V1;
using Search.Server.Hosting;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Reliability;

public class StartupRecoveryTests
{
    private static async Task<long> CountAsync(ServerFixture server, string phrase) =>
        (await new SearchService.SearchServiceClient(server.Channel).SearchAsync(new SearchRequest { Phrase = phrase })).TotalSize;

    [Fact]
    public async Task Damaged_index_is_set_aside_and_rebuilt_from_seeds()
    {
        await using var first = await ServerFixture.StartAsync();
        var segments = System.IO.Directory.GetFiles(first.IndexPath, "segments_*").Single();
        await first.StopAsync();
        File.WriteAllBytes(segments, [1, 2, 3]);

        await using var restarted = await first.StartAnotherAsync();

        Assert.Equal(5, await CountAsync(restarted, "Kim Jong Un"));
        var aside = Assert.Single(System.IO.Directory.GetDirectories(first.Root, "index.damaged-*"));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(aside, Path.GetFileName(segments))));
    }

    [Fact]
    public async Task A_folder_that_is_not_an_index_is_refused_and_left_as_it_is()
    {
        await using var first = await ServerFixture.StartAsync();
        await first.StopAsync();
        System.IO.Directory.Delete(first.IndexPath, recursive: true);
        System.IO.Directory.CreateDirectory(Path.Combine(first.IndexPath, "photos"));
        File.WriteAllText(Path.Combine(first.IndexPath, "notes.txt"), "mine");

        var error = await Assert.ThrowsAsync<StartupRefusedException>(() => first.StartAnotherAsync());

        Assert.Equal(
            $"Search:IndexPath ({first.IndexPath}) is not an index folder: the folder holds files that no index has (notes.txt, photos). "
            + "Point it at an empty or new folder, or at an index, or move those files away.",
            error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(first.IndexPath, "notes.txt")));
        Assert.Empty(System.IO.Directory.GetDirectories(first.Root, "index.damaged-*"));
    }

    [Fact]
    public async Task Seeds_inside_the_index_folder_are_refused_and_left_as_they_are()
    {
        await using var first = await ServerFixture.StartAsync();
        await first.StopAsync();

        var error = await Assert.ThrowsAsync<StartupRefusedException>(() => first.StartAnotherAsync($"--Search:IndexPath={first.SeedsPath}"));

        Assert.StartsWith($"Search:SeedsPath ({first.SeedsPath}) is inside Search:IndexPath ({first.SeedsPath}).", error.Message);
        Assert.Single(System.IO.Directory.GetFiles(first.SeedsPath));
        Assert.Empty(System.IO.Directory.GetDirectories(first.Root, "seeds.damaged-*"));
    }

    [Fact]
    public async Task Index_written_by_another_program_is_set_aside_as_incompatible()
    {
        await using var first = await ServerFixture.StartAsync();
        await first.StopAsync();
        System.IO.Directory.Delete(first.IndexPath, recursive: true);
        using (var directory = FSDirectory.Open(first.IndexPath))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.AddDocument([new TextField("body", "some foreign document", Field.Store.YES)]);
            writer.Commit();
        }

        await using var restarted = await first.StartAnotherAsync();

        Assert.Equal(5, await CountAsync(restarted, "Kim Jong Un"));
        Assert.Single(System.IO.Directory.GetDirectories(first.Root, "index.damaged-*"));
    }

    [Fact]
    public async Task Interrupted_first_build_leftovers_are_set_aside()
    {
        await using var first = await ServerFixture.StartAsync();
        await first.StopAsync();
        foreach (var file in System.IO.Directory.GetFiles(first.IndexPath, "segments*"))
        {
            File.Delete(file);
        }

        await using var restarted = await first.StartAnotherAsync();

        Assert.Equal(5, await CountAsync(restarted, "Kim Jong Un"));
        Assert.Single(System.IO.Directory.GetDirectories(first.Root, "index.damaged-*"));
    }

    [Fact]
    public async Task Failed_rebuild_leaves_the_previous_index_serving()
    {
        await using var server = await ServerFixture.StartAsync();
        System.IO.Directory.Delete(server.SeedsPath, recursive: true);
        var client = new IndexService.IndexServiceClient(server.Channel);

        await RpcAssert.StatusAsync(Grpc.Core.StatusCode.FailedPrecondition,
            async () => await client.RebuildIndexAsync(new RebuildIndexRequest(), ServerFixture.Admin));

        Assert.Equal(5, await CountAsync(server, "Kim Jong Un"));
    }
}
