using System.Net;
using System.Net.Http.Headers;
using Google.Rpc;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Reliability;

/// <summary>Broken gRPC framing, as only a broken or hostile client sends it: INVALID_ARGUMENT with a BadRequest detail.</summary>
public sealed class FrameErrorTests(SeedServer fixture) : IClassFixture<SeedServer>
{
    private const string Incomplete = "request: is not a complete gRPC message (the body ended inside a frame or before any message)";
    private const string Undeclared = "request: is flagged compressed but the request has no grpc-encoding header naming how";
    private const string CorruptGzip = "request: is not valid gzip data (The archive entry was compressed using an unsupported compression method.)";
    private const string CorruptDeflate = "request: is not valid deflate data (The archive entry was compressed using an unsupported compression method.)";

    // SearchRequest { query: "korea" }.
    private static readonly byte[] Korea = [0x0A, 0x05, (byte)'k', (byte)'o', (byte)'r', (byte)'e', (byte)'a'];

    private static byte[] Frame(bool compressed, byte[] message) =>
        [compressed ? (byte)1 : (byte)0, 0, 0, 0, (byte)message.Length, .. message];

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
