using System.Net;
using System.Net.Http.Headers;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Reliability;

/// <summary>A request body cut inside its gRPC frame, as only a broken or hostile client sends it.</summary>
public sealed class IncompleteFrameTests(SeedServer fixture) : IClassFixture<SeedServer>
{
    public static TheoryData<string, byte[]> Bodies => new()
    {
        // The frame header announces 12 bytes of message; 2 follow, then the body ends.
        { "/search.v1.SearchService/Search", [0, 0, 0, 0, 12, 0x0A, 0x05] },
        // No message at all.
        { "/search.v1.SearchService/Search", [] },
        { "/search.v1.SearchService/GetArticle", [0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_body_that_ends_inside_a_frame_is_invalid_argument(string path, byte[] body)
    {
        using var client = new HttpClient(fixture.Server.CreateHttpHandler()) { BaseAddress = fixture.Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Version = HttpVersion.Version20, Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");

        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();

        var status = Header(response, "grpc-status");
        Assert.Equal(("3", "request: is not a complete gRPC message (the body ended inside a frame or before any message)"), (status, Header(response, "grpc-message")));
    }

    // Trailers-only responses carry the status in the headers, others in the trailers.
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.TrailingHeaders.TryGetValues(name, out values) ? values.Single() : null;
}
