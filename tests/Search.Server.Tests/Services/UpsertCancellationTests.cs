using Grpc.Core;
using Microsoft.Extensions.Options;
using Search.Contracts.V1;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Server.Services;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Services;

public sealed class UpsertCancellationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "search-upsert-cancel-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_stream_the_client_cancelled_changes_nothing_even_when_it_reads_as_ended()
    {
        using var index = new ParagraphIndex(_folder);
        var service = Service(index, new RunningLifetime());
        using var cancel = new CancellationTokenSource();
        var stream = new CancelAtEnd(cancel, new UpsertArticleRequest { ArticleId = "brk-3", Title = "Broken off", Paragraphs = { "A paragraph." } });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.UpsertArticles(stream, new FakeCallContext(cancel.Token)));

        Assert.False(index.Exists);
    }

    [Fact]
    public async Task A_stream_that_ends_after_the_calls_deadline_changes_nothing()
    {
        using var index = new ParagraphIndex(_folder);
        var service = Service(index, new RunningLifetime());
        var stream = new CancelAtEnd(new CancellationTokenSource(), new UpsertArticleRequest { ArticleId = "late-1", Title = "Late", Paragraphs = { "A paragraph." } });

        var late = await Assert.ThrowsAsync<RpcException>(() => service.UpsertArticles(stream, new FakeCallContext(CancellationToken.None, DateTime.UtcNow.AddSeconds(-1))));

        Assert.Equal(StatusCode.DeadlineExceeded, late.StatusCode);
        Assert.False(index.Exists);
    }

    [Fact]
    public async Task A_stream_waiting_for_the_write_turn_when_the_server_stops_is_unavailable_and_changes_nothing()
    {
        using var index = new ParagraphIndex(_folder);
        var lifetime = new RunningLifetime();
        var service = Service(index, lifetime);
        var stream = new CancelAtEnd(new CancellationTokenSource(), new UpsertArticleRequest { ArticleId = "wait-1", Title = "Waiting", Paragraphs = { "A paragraph." } });

        var stopped = await StoppedWhileWaitingAsync(index, lifetime, () => service.UpsertArticles(stream, new FakeCallContext(CancellationToken.None)));

        Assert.Equal((StatusCode.Unavailable, "The server is stopping; nothing this call sent was kept."), (stopped.StatusCode, stopped.Status.Detail));
        // Neither the stream nor the session that held the turn (which changed nothing) left an index behind.
        Assert.False(index.Exists);
    }

    [Fact]
    public async Task A_delete_waiting_for_the_write_turn_when_the_server_stops_is_unavailable()
    {
        using var index = new ParagraphIndex(_folder);
        var lifetime = new RunningLifetime();
        var service = Service(index, lifetime);

        var stopped = await StoppedWhileWaitingAsync(index, lifetime, () => service.DeleteArticle(new DeleteArticleRequest { ArticleId = "any" }, new FakeCallContext(CancellationToken.None)));

        Assert.Equal(StatusCode.Unavailable, stopped.StatusCode);
    }

    [Fact]
    public async Task An_open_stream_that_has_sent_nothing_holds_up_no_other_change()
    {
        await using var server = await ServerFixture.StartAsync();
        var client = new IndexService.IndexServiceClient(server.Channel);
        using var quiet = client.UpsertArticles(ServerFixture.Admin);

        var other = await UpsertAsync(client, Article("other-1"));

        Assert.Equal(1, other.Added);
        await quiet.RequestStream.CompleteAsync();
        Assert.Equal((0, 0, 0), ((await quiet).Added, (await quiet).Replaced, (await quiet).Rejected.Count));
    }

    [Fact]
    public async Task A_stream_that_pauses_while_holding_the_write_turn_is_aborted_and_the_others_go_on()
    {
        await using var server = await ServerFixture.StartAsync(extraArgs: "--Search:UpsertIdleSeconds=1");
        var client = new IndexService.IndexServiceClient(server.Channel);
        using var paused = client.UpsertArticles(ServerFixture.Admin, deadline: DateTime.UtcNow.AddSeconds(60));
        await paused.RequestStream.WriteAsync(Article("paused-1"));

        // Waits for the paused stream's turn, which ends when the server aborts that stream.
        var other = await UpsertAsync(client, Article("other-1"));

        var aborted = await Assert.ThrowsAsync<RpcException>(async () => await paused);
        Assert.Equal(StatusCode.Aborted, aborted.StatusCode);
        Assert.StartsWith("The stream sent nothing for 1 s while it held the index's write turn", aborted.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(1, other.Added);
        var search = new SearchService.SearchServiceClient(server.Channel);
        // Each article says its id in its headline and its paragraph.
        Assert.Equal(0, (await search.SearchAsync(new SearchRequest { Phrase = "paused-1" })).TotalSize);
        Assert.Equal(2, (await search.SearchAsync(new SearchRequest { Phrase = "other-1" })).TotalSize);
    }

    private static IndexGrpcService Service(ParagraphIndex index, RunningLifetime lifetime) =>
        new(index, new ParagraphSearcher(index), Options.Create(new SearchOptions()), lifetime);

    // Starts the call while another session holds the write turn, stops the server, and returns how the call ended.
    private static async Task<RpcException> StoppedWhileWaitingAsync(ParagraphIndex index, RunningLifetime lifetime, Func<Task> call)
    {
        using (await index.BeginWriteAsync(CancellationToken.None))
        {
            var waiting = call();
            await Task.Delay(100);
            Assert.False(waiting.IsCompleted);
            lifetime.StopApplication();
            return await Assert.ThrowsAsync<RpcException>(() => waiting);
        }
    }

    private static UpsertArticleRequest Article(string id) => new() { ArticleId = id, Title = $"Headline of {id}", Paragraphs = { $"The text of {id}." } };

    // With a deadline: a stream that held the turn for good would fail the test, not hang it.
    private static async Task<UpsertArticlesResponse> UpsertAsync(IndexService.IndexServiceClient client, UpsertArticleRequest article)
    {
        using var call = client.UpsertArticles(ServerFixture.Admin, deadline: DateTime.UtcNow.AddSeconds(30));
        await call.RequestStream.WriteAsync(article);
        await call.RequestStream.CompleteAsync();
        return await call;
    }

    // Yields its messages, then ends the stream normally at the moment the call is cancelled, as Kestrel can when a client resets it.
    private sealed class CancelAtEnd(CancellationTokenSource cancel, params UpsertArticleRequest[] messages) : IAsyncStreamReader<UpsertArticleRequest>
    {
        private int _next = -1;

        public UpsertArticleRequest Current => messages[_next];

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (++_next < messages.Length)
            {
                return true;
            }
            await cancel.CancelAsync();
            return false;
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
