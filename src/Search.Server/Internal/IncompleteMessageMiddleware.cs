using Microsoft.AspNetCore.Http.Features;

namespace Search.Server.Internal;

/// <summary>
/// A request body that ends inside a gRPC frame, or before any message, is the client's mistake, but
/// grpc-dotnet reports it as INTERNAL "Incomplete message." while reading the body, before any interceptor
/// or marshaller of ours runs. This turns that one status into INVALID_ARGUMENT naming the request, in the
/// response headers (a trailers-only response) or the trailers, which are both still unsent when the
/// endpoint returns.
/// </summary>
internal sealed class IncompleteMessageMiddleware(RequestDelegate next)
{
    private const string GrpcIncompleteMessage = "Incomplete message.";

    /// <summary>The grpc-message sent instead.</summary>
    public const string Message = "request: is not a complete gRPC message (the body ended inside a frame or before any message)";

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (!context.Response.HasStarted)
        {
            Rewrite(context.Response.Headers);
        }
        if (context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers is { IsReadOnly: false } trailers)
        {
            Rewrite(trailers);
        }
    }

    private static void Rewrite(IHeaderDictionary headers)
    {
        if (headers["grpc-status"] == "13" && headers["grpc-message"] == GrpcIncompleteMessage)
        {
            headers["grpc-status"] = "3";
            // Printable ASCII without `%`: nothing the gRPC spec asks to percent-encode.
            headers["grpc-message"] = Message;
        }
    }
}
