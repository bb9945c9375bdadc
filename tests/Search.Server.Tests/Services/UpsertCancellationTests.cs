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
        var searcher = new ParagraphSearcher(index);
        var service = new IndexGrpcService(index, searcher, Options.Create(new SearchOptions()));
        using var cancel = new CancellationTokenSource();
        var stream = new CancelAtEnd(cancel, new UpsertArticleRequest { ArticleId = "brk-3", Title = "Broken off", Paragraphs = { "A paragraph." } });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.UpsertArticles(stream, new FakeCallContext(cancel.Token)));

        Assert.False(index.Exists);
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
