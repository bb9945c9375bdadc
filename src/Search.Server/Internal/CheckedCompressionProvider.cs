using System.IO.Compression;
using Grpc.Net.Compression;

namespace Search.Server.Internal;

/// <summary>
/// One of grpc-dotnet's compression providers, with corrupt compressed requests refused as the client's
/// mistake. Unwrapped, the decompressor's <see cref="InvalidDataException"/> escapes grpc-dotnet's reading of
/// a unary request as UNKNOWN, and of a stream as INTERNAL; an <see cref="Grpc.Core.RpcException"/> thrown
/// there is sent with its own status and details instead.
/// </summary>
internal sealed class CheckedCompressionProvider(ICompressionProvider inner) : ICompressionProvider
{
    /// <summary>gzip and deflate, the encodings grpc-dotnet accepts by default, checked.</summary>
    public static IEnumerable<ICompressionProvider> Defaults =>
    [
        new CheckedCompressionProvider(new GzipCompressionProvider(CompressionLevel.Fastest)),
        new CheckedCompressionProvider(new DeflateCompressionProvider(CompressionLevel.Fastest)),
    ];

    public string EncodingName => inner.EncodingName;

    public Stream CreateCompressionStream(Stream stream, CompressionLevel? compressionLevel) => inner.CreateCompressionStream(stream, compressionLevel);

    public Stream CreateDecompressionStream(Stream stream) => new CheckedStream(inner.CreateDecompressionStream(stream), inner.EncodingName);

    private sealed class CheckedStream(Stream decompressing, string encoding) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return decompressing.Read(buffer);
            }
            catch (InvalidDataException e)
            {
                throw Errors.InvalidArgumentException("request", $"is not valid {encoding} data ({e.Message})");
            }
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                decompressing.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
