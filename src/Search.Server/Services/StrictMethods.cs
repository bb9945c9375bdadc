using Google.Protobuf;
using Grpc.Core;
using Search.Server.Internal;

namespace Search.Server.Services;

/// <summary>
/// Method descriptors like the generated ones, except that a request which does not parse (a string that
/// is not UTF-8, a truncated message) fails as INVALID_ARGUMENT. With the generated marshallers,
/// grpc-dotnet reads a unary request before any interceptor runs and answers a parse failure with
/// UNKNOWN ("Exception was thrown by handler"), which says the fault is ours.
/// </summary>
internal static class StrictMethods
{
    public static Method<TRequest, TResponse> Unary<TRequest, TResponse>(Google.Protobuf.Reflection.ServiceDescriptor service, string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        new(MethodType.Unary, service.FullName, name, Marshal<TRequest>.Strict, Marshal<TResponse>.Strict);

    public static Method<TRequest, TResponse> ClientStreaming<TRequest, TResponse>(Google.Protobuf.Reflection.ServiceDescriptor service, string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        new(MethodType.ClientStreaming, service.FullName, name, Marshal<TRequest>.Strict, Marshal<TResponse>.Strict);

    private static class Marshal<T>
        where T : class, IMessage<T>, new()
    {
        private static readonly MessageParser<T> Parser = new(() => new T());

        public static readonly Marshaller<T> Strict = Marshallers.Create<T>(Serialize, Deserialize);

        private static void Serialize(T message, SerializationContext context)
        {
            // As the generated code does: sized first, then written straight into the transport's buffer.
            context.SetPayloadLength(message.CalculateSize());
            message.WriteTo(context.GetBufferWriter());
            context.Complete();
        }

        private static T Deserialize(DeserializationContext context)
        {
            try
            {
                return Parser.ParseFrom(context.PayloadAsReadOnlySequence());
            }
            catch (InvalidProtocolBufferException e)
            {
                throw Errors.InvalidArgumentException("request", $"is not a valid message: {e.Message}");
            }
        }
    }
}
