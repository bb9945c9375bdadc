using Grpc.Core;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Reliability;

/// <summary>
/// Bytes no well-behaved client sends (.NET and Go clients replace a lone surrogate before encoding), sent
/// as they are: a request that does not parse is INVALID_ARGUMENT, never UNKNOWN or INTERNAL.
/// </summary>
public sealed class RawMessageTests(SeedServer fixture) : IClassFixture<SeedServer>
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    public static TheoryData<string, string, byte[]> Requests => new()
    {
        // Field 1 (query), 3 bytes: `ko` then 0xFF, which is not UTF-8.
        { "search.v1.SearchService", "Search", [0x0A, 0x03, (byte)'k', (byte)'o', 0xFF] },
        // Field 2 (phrase) holding a lone surrogate encoded as UTF-8 would encode it (ED A0 80).
        { "search.v1.SearchService", "Search", [0x12, 0x03, 0xED, 0xA0, 0x80] },
        // Field 1 (article_id) claims 9 bytes and has 2: a truncated message.
        { "search.v1.SearchService", "GetArticle", [0x0A, 0x09, (byte)'a', (byte)'b'] },
        { "search.v1.SearchService", "ListEntities", [0x12, 0x01, 0xC3] },
        { "search.v1.IndexService", "DeleteArticle", [0x0A, 0x01, 0xFF] },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_that_does_not_parse_is_invalid_argument(string service, string method, byte[] body)
    {
        var invoker = fixture.Server.Channel.CreateCallInvoker();
        var call = new Method<byte[], byte[]>(MethodType.Unary, service, method, Bytes, Bytes);
        var headers = new Metadata { { "authorization", $"Bearer {ServerFixture.AdminToken}" } };

        var error = await Assert.ThrowsAsync<RpcException>(async () => await invoker.AsyncUnaryCall(call, null, new CallOptions(headers), body));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.StartsWith("request: is not a valid message: ", error.Status.Detail);
    }
}
