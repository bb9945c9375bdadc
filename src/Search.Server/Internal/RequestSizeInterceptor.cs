using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Search.Server.Internal;

/// <summary>Rejects oversized unary requests with INVALID_ARGUMENT (the transport's own limit answers RESOURCE_EXHAUSTED).</summary>
internal sealed class RequestSizeInterceptor : Interceptor
{
    /// <summary>Largest accepted unary request, in bytes (64 KiB: a maximal search request is about 3 KiB).</summary>
    public const int MaxUnaryRequestBytes = 64 * 1024;

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (request is IMessage message && message.CalculateSize() > MaxUnaryRequestBytes)
        {
            Errors.InvalidArgument("request", $"is larger than {MaxUnaryRequestBytes} bytes");
        }
        return continuation(request, context);
    }
}
