using Google.Protobuf;
using Microsoft.AspNetCore.Http.Features;

namespace Search.Server.Internal;

/// <summary>
/// Framing errors are the client's mistake, but grpc-dotnet reports two of them as INTERNAL while reading
/// the body, before any interceptor or marshaller of ours runs: a body that ends inside a gRPC frame (or
/// before any message), and a frame flagged compressed in a request without `grpc-encoding`. This turns
/// those statuses into INVALID_ARGUMENT naming the request, with the google.rpc.BadRequest detail our other
/// INVALID_ARGUMENTs carry, in the response headers (a trailers-only response) or the trailers, which are
/// both still unsent when the endpoint returns.
/// </summary>
internal sealed class FrameErrorMiddleware(RequestDelegate next)
{
    /// <summary>The reason sent for a body that ends inside a frame.</summary>
    public const string IncompleteReason = "is not a complete gRPC message (the body ended inside a frame or before any message)";

    /// <summary>The reason sent for a compressed frame without `grpc-encoding`.</summary>
    public const string UndeclaredCompressionReason = "is flagged compressed but the request has no grpc-encoding header naming how";

    // grpc-dotnet's INTERNAL messages for them (Grpc.AspNetCore.Server, PipeExtensions).
    private static readonly Dictionary<string, string> ReasonByGrpcMessage = new(StringComparer.Ordinal)
    {
        ["Incomplete message."] = IncompleteReason,
        ["Request did not include grpc-encoding value with compressed message."] = UndeclaredCompressionReason,
    };

    private static readonly Dictionary<string, string> DetailsByReason = ReasonByGrpcMessage.Values.ToDictionary(
        reason => reason, reason => Convert.ToBase64String(Errors.InvalidArgumentStatus("request", reason).ToByteArray()), StringComparer.Ordinal);

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
        if (headers["grpc-status"] == "13" && ReasonByGrpcMessage.TryGetValue(headers["grpc-message"].ToString(), out var reason))
        {
            headers["grpc-status"] = "3";
            // Printable ASCII without `%`: nothing the gRPC spec asks to percent-encode.
            headers["grpc-message"] = $"request: {reason}";
            headers["grpc-status-details-bin"] = DetailsByReason[reason];
        }
    }
}
