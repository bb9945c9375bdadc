using System.Diagnostics.CodeAnalysis;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Search.Server.Internal;

/// <summary>Throw helpers for the statuses a caller can cause, with google.rpc details clients can read.</summary>
internal static class Errors
{
    /// <summary>INVALID_ARGUMENT naming the field and the reason, with a google.rpc.BadRequest detail.</summary>
    [DoesNotReturn]
    public static void InvalidArgument(string field, string reason) => throw InvalidArgumentException(field, reason);

    public static RpcException InvalidArgumentException(string field, string reason) => InvalidArgumentStatus(field, reason).ToRpcException();

    /// <summary>The google.rpc.Status of INVALID_ARGUMENT for <paramref name="field"/>, with its BadRequest detail.</summary>
    public static Google.Rpc.Status InvalidArgumentStatus(string field, string reason)
    {
        return new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = $"{field}: {reason}",
            Details =
            {
                Any.Pack(new BadRequest
                {
                    FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = reason } },
                }),
            },
        };
    }

    [DoesNotReturn]
    public static void NotFound(string message) => throw new RpcException(new Grpc.Core.Status(StatusCode.NotFound, message));
}
