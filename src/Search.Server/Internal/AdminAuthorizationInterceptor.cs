using System.Net;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Search.Server.Internal;

/// <summary>
/// Lets only operators change the index: with `Search:AdminToken` set, the changing methods need
/// `authorization: Bearer &lt;token&gt;` (compared in constant time); without it, only loopback clients.
/// Searching and statistics stay open.
/// </summary>
internal sealed class AdminAuthorizationInterceptor(IOptions<SearchOptions> options) : Interceptor
{
    private static readonly HashSet<string> ChangingMethods = new(StringComparer.Ordinal)
    {
        "/search.v1.IndexService/RebuildIndex",
        "/search.v1.IndexService/UpsertArticles",
        "/search.v1.IndexService/DeleteArticle",
    };

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, context);
    }

    private void Authorize(ServerCallContext context)
    {
        if (!ChangingMethods.Contains(context.Method))
        {
            return;
        }
        var token = options.Value.AdminToken;
        if (string.IsNullOrEmpty(token))
        {
            var remote = context.GetHttpContext().Connection.RemoteIpAddress;
            if (remote is null || !IPAddress.IsLoopback(remote))
            {
                throw new RpcException(new Status(StatusCode.PermissionDenied,
                    "Changing the index is allowed from loopback clients only, as no admin token is configured."));
            }
            return;
        }
        var header = context.RequestHeaders.GetValue("authorization") ?? "";
        const string Scheme = "Bearer ";
        var presented = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : "";
        if (!TokensEqual(presented, token))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "Changing the index needs 'authorization: Bearer <admin token>'."));
        }
    }

    // Hashing first gives equal-length inputs, so neither content nor length leaks through timing.
    private static bool TokensEqual(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
