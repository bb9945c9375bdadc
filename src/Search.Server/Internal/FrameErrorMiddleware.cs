using Google.Protobuf;
using Microsoft.AspNetCore.Http.Features;

namespace Search.Server.Internal;

/// <summary>
/// Framing errors are the client's mistake, but grpc-dotnet reports them as INTERNAL or UNKNOWN while reading
/// the body, before any interceptor or marshaller of ours runs: a body that ends inside a gRPC frame (or
/// before any message), a frame flagged compressed in a request without `grpc-encoding` or with `identity`,
/// a second message in a unary call, and whatever else fails while a unary request is read (a compressed
/// flag that is neither 0 nor 1; a message that does not parse, for services such as the health check whose
/// marshallers are not ours). This turns those statuses into INVALID_ARGUMENT naming the request, with the
/// google.rpc.BadRequest detail our other INVALID_ARGUMENTs carry, in the response headers (a trailers-only
/// response) or the trailers, which are both still unsent when the endpoint returns.
/// </summary>
internal sealed class FrameErrorMiddleware(RequestDelegate next)
{
    /// <summary>The reason sent for a body that ends inside a frame.</summary>
    public const string IncompleteReason = "is not a complete gRPC message (the body ended inside a frame or before any message)";

    /// <summary>The reason sent for a compressed frame without `grpc-encoding`.</summary>
    public const string UndeclaredCompressionReason = "is flagged compressed but the request has no grpc-encoding header naming how";

    // grpc-dotnet's statuses for them (Grpc.AspNetCore.Server: PipeExtensions, and for UNKNOWN the message
    // of any exception thrown outside a handler). Every exception inside a handler reaches our
    // ErrorMappingInterceptor and leaves with a status of ours, never this UNKNOWN; grpc-dotnet logs the
    // exception itself.
    private static readonly Dictionary<(string Status, string Message), string> ReasonByGrpcStatus = new()
    {
        [("13", "Incomplete message.")] = IncompleteReason,
        [("13", "Request did not include grpc-encoding value with compressed message.")] = UndeclaredCompressionReason,
        [("13", "Request sent 'identity' grpc-encoding value with compressed message.")] = "is flagged compressed but its grpc-encoding is identity",
        [("13", "Additional data after the message received.")] = "holds more than one message; this method takes exactly one",
        [("2", "Exception was thrown by handler.")] = "could not be read as a message of this method (a compressed flag other than 0 or 1, or bytes that do not parse)",
    };

    private static readonly Dictionary<string, string> DetailsByReason = ReasonByGrpcStatus.Values.ToDictionary(
        reason => reason, reason => Convert.ToBase64String(Errors.InvalidArgumentStatus("request", reason).ToByteArray()), StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.Response is { HasStarted: false, StatusCode: StatusCodes.Status415UnsupportedMediaType } refused
            && refused.Headers["grpc-status"] == "13")
        {
            // grpc-dotnet answers a request that is not `application/grpc` with HTTP 415, as the gRPC spec asks,
            // but with INTERNAL: it is the client's content-type.
            var reason = $"must be application/grpc (got '{context.Request.ContentType}')";
            SetInvalidArgument(refused.Headers, "content-type", reason, Convert.ToBase64String(Errors.InvalidArgumentStatus("content-type", reason).ToByteArray()));
            return;
        }
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
        if (ReasonByGrpcStatus.TryGetValue((headers["grpc-status"].ToString(), headers["grpc-message"].ToString()), out var reason))
        {
            SetInvalidArgument(headers, "request", reason, DetailsByReason[reason]);
        }
    }

    // INVALID_ARGUMENT naming the field, in place of grpc-dotnet's status, with its BadRequest detail (base64).
    private static void SetInvalidArgument(IHeaderDictionary headers, string field, string reason, string details)
    {
        var message = $"{field}: {reason}";
        headers["grpc-status"] = "3";
        // The gRPC spec percent-encodes grpc-message; printable ASCII without `%` reads the same either way.
        headers["grpc-message"] = message.All(c => c is >= ' ' and <= '~' and not '%') ? message : Uri.EscapeDataString(message);
        headers["grpc-status-details-bin"] = details;
    }
}
