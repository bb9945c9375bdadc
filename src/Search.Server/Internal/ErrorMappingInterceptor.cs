using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Connections;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Server.Internal;

/// <summary>
/// Maps exceptions to gRPC statuses in one place: the caller's mistakes become INVALID_ARGUMENT or
/// FAILED_PRECONDITION, a cancelled or aborted call CANCELLED, and anything unexpected is logged as ours.
/// </summary>
internal sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception e) when (e is not RpcException)
        {
            throw Map(e, context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context) => exception switch
    {
        InvalidSearchException invalid => Errors.InvalidArgumentException(invalid.Field, invalid.Reason),
        IndexVersionExpiredException expired => Errors.InvalidArgumentException("page_token", expired.Message),
        // A streamed message that does not parse (a string that is not UTF-8, say): the stream is refused whole.
        InvalidProtocolBufferException bad => Errors.InvalidArgumentException("request", $"is not a valid message: {bad.Message}"),
        // grpc-dotnet reading a streamed frame it cannot take (a compressed flag other than 0 or 1).
        InvalidDataException frame => Errors.InvalidArgumentException("request", $"is not a valid gRPC frame: {frame.Message}"),
        // An index folder the server may read but not write (a read-only copy, another owner): a state to fix, not a bug.
        UnauthorizedAccessException denied when IsIndexChange(context.Method) => new RpcException(new Status(StatusCode.FailedPrecondition,
            $"The index folder cannot be written ({denied.Message}); nothing was changed, and searches go on from the index as it is.")),
        RebuildInProgressException busy => new RpcException(new Status(StatusCode.FailedPrecondition, busy.Message)),
        NoArticlesException empty => new RpcException(new Status(StatusCode.FailedPrecondition, empty.Message)),
        DirectoryNotFoundException missing => new RpcException(new Status(StatusCode.FailedPrecondition, $"{missing.Message} Nothing was changed.")),
        IndexNotReadyException notReady => new RpcException(new Status(StatusCode.Unavailable, notReady.Message)),
        SearchBudgetExceededException spent => new RpcException(new Status(StatusCode.DeadlineExceeded, spent.Message)),
        OperationCanceledException when context.CancellationToken.IsCancellationRequested => context.Deadline <= DateTime.UtcNow
            ? new RpcException(new Status(StatusCode.DeadlineExceeded, "The call's deadline passed; the work was stopped."))
            : new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled.")),
        // A client that goes away mid-stream: Kestrel fails the read of its request stream. Not our error.
        IOException when context.CancellationToken.IsCancellationRequested || exception.InnerException is ConnectionAbortedException =>
            new RpcException(new Status(StatusCode.Cancelled, "The client aborted the call; nothing it sent was kept.")),
        _ => Unexpected(exception, context),
    };

    private static bool IsIndexChange(string method) =>
        method is "/search.v1.IndexService/RebuildIndex" or "/search.v1.IndexService/UpsertArticles" or "/search.v1.IndexService/DeleteArticle";

    private RpcException Unexpected(Exception exception, ServerCallContext context)
    {
        ServerLog.UnexpectedError(logger, context.Method, exception);
        return new RpcException(new Status(StatusCode.Internal, "An unexpected error occurred; it has been logged."));
    }
}
