using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Google.Rpc;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Reliability;

/// <summary>Broken gRPC framing, as only a broken or hostile client sends it: INVALID_ARGUMENT with a BadRequest detail.</summary>
public sealed class FrameErrorTests(SeedServer fixture) : IClassFixture<SeedServer>
{
    private const string Incomplete = "request: is not a complete gRPC message (the body ended inside a frame or before any message)";
    private const string Undeclared = "request: is flagged compressed but the request has no grpc-encoding header naming how";
    private const string CorruptGzip = "request: is not valid gzip data (the bytes do not decompress)";
    private const string CorruptDeflate = "request: is not valid deflate data (the bytes do not decompress)";

    // SearchRequest { query: "korea" }.
    private static readonly byte[] Korea = [0x0A, 0x05, (byte)'k', (byte)'o', (byte)'r', (byte)'e', (byte)'a'];

    private const string Truncated = "request: is not valid gzip data (it ends early, or its end check does not match what it holds)";
    private const string TruncatedZlib = "request: is not valid deflate data (it ends early, or its end check does not match what it holds)";
    private const string Unreadable = "request: could not be read as a message of this method (a compressed flag other than 0 or 1, or bytes that do not parse)";

    private static byte[] Frame(bool compressed, byte[] message) => Frame(compressed ? (byte)1 : (byte)0, message);

    private static byte[] Frame(byte flag, byte[] message) =>
        [flag, (byte)(message.Length >> 24), (byte)(message.Length >> 16), (byte)(message.Length >> 8), (byte)message.Length, .. message];

    // SearchRequest { query: "korea", article_id: "reuters-00001" }: cut after its first field it would still parse.
    private static readonly byte[] KoreaInOneArticle = new Search.Contracts.V1.SearchRequest { Query = "korea", ArticleId = "reuters-00001" }.ToByteArray();

    private static byte[] Gzip(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return compressed.ToArray();
    }

    private static byte[] Zlib(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return compressed.ToArray();
    }

    // grpc.health.v1.HealthCheckRequest { service: <0xFF 0xFE, not UTF-8> }.
    private static readonly byte[] HealthWithBadString = [0x0A, 0x02, 0xFF, 0xFE];

    public static TheoryData<string, string?, byte[], string> Bodies => new()
    {
        // The frame header announces 12 bytes of message; 2 follow, then the body ends.
        { "/search.v1.SearchService/Search", null, [0, 0, 0, 0, 12, 0x0A, 0x05], Incomplete },
        // No message at all.
        { "/search.v1.SearchService/Search", null, [], Incomplete },
        { "/search.v1.SearchService/GetArticle", null, [0, 0, 0], Incomplete },
        // Flagged compressed, with nothing saying how.
        { "/search.v1.SearchService/Search", null, Frame(true, Korea), Undeclared },
        { "/search.v1.IndexService/UpsertArticles", null, Frame(true, Korea), Undeclared },
        // Declared gzip (or deflate), but the bytes are not: a unary call and a stream.
        { "/search.v1.SearchService/Search", "gzip", Frame(true, Korea), CorruptGzip },
        { "/search.v1.IndexService/UpsertArticles", "gzip", Frame(true, Korea), CorruptGzip },
        { "/search.v1.SearchService/Search", "deflate", Frame(true, [0xFF, 0xFF, 0xFF, 0xFF]), CorruptDeflate },
        // Compressed data cut short: without its trailer, inside its data, or only a header.
        { "/search.v1.SearchService/Search", "gzip", Frame(true, Gzip(KoreaInOneArticle)[..^8]), Truncated },
        { "/search.v1.SearchService/Search", "gzip", Frame(true, Gzip(KoreaInOneArticle)[..^14]), Truncated },
        { "/search.v1.SearchService/Search", "gzip", Frame(true, [0x1F, 0x8B]), Truncated },
        { "/search.v1.SearchService/Search", "deflate", Frame(true, Zlib(KoreaInOneArticle)[..^4]), TruncatedZlib },
        { "/search.v1.IndexService/UpsertArticles", "gzip", Frame(true, Gzip(KoreaInOneArticle)[..^8]), Truncated },
        // Flagged compressed with the encoding `identity`; two messages in a unary call; a flag of 2.
        { "/search.v1.SearchService/Search", "identity", Frame(true, Korea), "request: is flagged compressed but its grpc-encoding is identity" },
        { "/search.v1.SearchService/Search", null, [.. Frame(false, Korea), .. Frame(false, Korea)], "request: holds more than one message; this method takes exactly one" },
        { "/search.v1.SearchService/Search", null, Frame(2, Korea), Unreadable },
        { "/search.v1.IndexService/UpsertArticles", null, Frame(2, Korea), "request: is not a valid gRPC frame: Unexpected compressed flag value in message header." },
        // A service whose marshaller is grpc-dotnet's, given a string that is not UTF-8.
        { "/grpc.health.v1.Health/Check", null, Frame(false, HealthWithBadString), Unreadable },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Broken_framing_is_invalid_argument_naming_the_request(string path, string? encoding, byte[] body, string message)
    {
        using var client = new HttpClient(fixture.Server.CreateHttpHandler()) { BaseAddress = fixture.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Version = HttpVersion.Version20, Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation("authorization", "Bearer " + ServerFixture.AdminToken);
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        }

        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(("3", message), (Header(response, "grpc-status"), Header(response, "grpc-message")));
        var status = Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(Header(response, "grpc-status-details-bin")!));
        Assert.Equal((3, message), (status.Code, status.Message));
        var violation = Assert.Single(Assert.Single(status.Details).Unpack<BadRequest>().FieldViolations);
        Assert.Equal(("request", message["request: ".Length..]), (violation.Field, violation.Description));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    public async Task A_request_that_is_not_grpc_is_invalid_argument_with_HTTP_415(string contentType)
    {
        using var client = new HttpClient(fixture.Server.CreateHttpHandler()) { BaseAddress = fixture.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/search.v1.SearchService/Search") { Version = HttpVersion.Version20, Content = new ByteArrayContent(Frame(false, Korea)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");

        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();

        var message = $"content-type: must be application/grpc (got '{contentType}')";
        Assert.Equal((HttpStatusCode.UnsupportedMediaType, "3", message), (response.StatusCode, Header(response, "grpc-status"), Header(response, "grpc-message")));
        var status = Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(Header(response, "grpc-status-details-bin")!));
        Assert.Equal(("content-type", message["content-type: ".Length..]), (Assert.Single(Assert.Single(status.Details).Unpack<BadRequest>().FieldViolations).Field, status.Details[0].Unpack<BadRequest>().FieldViolations[0].Description));
    }

    [Fact]
    public async Task An_upsert_stream_with_a_cut_compressed_article_is_refused_whole()
    {
        var first = new Search.Contracts.V1.UpsertArticleRequest { ArticleId = "frame-ok", Title = "Cocoa output rises", Paragraphs = { "Cocoa output rose." } };
        var second = new Search.Contracts.V1.UpsertArticleRequest { ArticleId = "frame-cut", Title = "Tin steady", Paragraphs = { "Tin was steady." } };
        using var client = new HttpClient(fixture.Server.CreateHttpHandler()) { BaseAddress = fixture.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/search.v1.IndexService/UpsertArticles")
        {
            Version = HttpVersion.Version20,
            Content = new ByteArrayContent([.. Frame(true, Gzip(first.ToByteArray())), .. Frame(true, Gzip(second.ToByteArray())[..^8])]),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation("grpc-encoding", "gzip");
        request.Headers.TryAddWithoutValidation("authorization", "Bearer " + ServerFixture.AdminToken);

        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(("3", Truncated), (Header(response, "grpc-status"), Header(response, "grpc-message")));
        var search = new Search.Contracts.V1.SearchService.SearchServiceClient(fixture.Server.Channel);
        await RpcAssert.StatusAsync(Grpc.Core.StatusCode.NotFound, async () => await search.GetArticleAsync(new Search.Contracts.V1.GetArticleRequest { ArticleId = "frame-ok" }));
        Assert.Equal(0, (await search.SearchAsync(new Search.Contracts.V1.SearchRequest { Query = "cocoa" })).TotalSize);
    }

    [Fact]
    public async Task A_well_formed_gzip_request_is_answered()
    {
        using var client = new HttpClient(fixture.Server.CreateHttpHandler()) { BaseAddress = fixture.Server.BaseAddress };
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Korea);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/search.v1.SearchService/Search")
        {
            Version = HttpVersion.Version20,
            Content = new ByteArrayContent(Frame(true, compressed.ToArray())),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation("grpc-encoding", "gzip");

        using var response = await client.SendAsync(request);
        var answer = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("0", Header(response, "grpc-status"));
        Assert.Equal(0, answer[0]);
        var decoded = Search.Contracts.V1.SearchResponse.Parser.ParseFrom(answer.AsSpan(5).ToArray());
        var plain = await new Search.Contracts.V1.SearchService.SearchServiceClient(fixture.Server.Channel).SearchAsync(new Search.Contracts.V1.SearchRequest { Query = "korea" });
        Assert.Equal(plain, decoded);
    }

    // Trailers-only responses carry the status in the headers, others in the trailers.
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.TrailingHeaders.TryGetValues(name, out values) ? values.Single() : null;
}
