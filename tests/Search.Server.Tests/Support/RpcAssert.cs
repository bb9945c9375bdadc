using Google.Rpc;
using Grpc.Core;

namespace Search.Server.Tests.Support;

/// <summary>Asserts on the status and details of a failed call.</summary>
internal static class RpcAssert
{
    /// <summary>The call fails with INVALID_ARGUMENT whose BadRequest detail names <paramref name="field"/>.</summary>
    public static async Task<string> InvalidArgumentAsync(string field, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var status = error.GetRpcStatus();
        Assert.NotNull(status);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        Assert.Equal(field, Assert.Single(badRequest.FieldViolations).Field);
        return error.Status.Detail;
    }

    public static async Task StatusAsync(StatusCode expected, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(expected, error.StatusCode);
    }
}
