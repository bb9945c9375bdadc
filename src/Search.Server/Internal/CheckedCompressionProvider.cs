using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using Grpc.Net.Compression;

namespace Search.Server.Internal;

/// <summary>
/// One of grpc-dotnet's compression providers, with broken compressed requests refused as the client's
/// mistake. Unwrapped, a corrupt body's <see cref="InvalidDataException"/> escapes grpc-dotnet's reading of
/// a unary request as UNKNOWN, and of a stream as INTERNAL; and a body cut short is read without complaint
/// as whatever its first bytes hold (zlib stops at the end of its input without saying it was early), so a
/// cut upsert could index an article with fields missing. Here the data's own end check, the gzip trailer
/// (CRC-32 and length, RFC 1952) or the zlib one (Adler-32, RFC 1950), must match what was decompressed. An
/// <see cref="Grpc.Core.RpcException"/> thrown while grpc-dotnet reads is sent with its own status and details.
/// </summary>
internal sealed class CheckedCompressionProvider(ICompressionProvider inner) : ICompressionProvider
{
    /// <summary>gzip and deflate (zlib data, as the gRPC spec and grpc-dotnet read it), the encodings grpc-dotnet accepts by default, checked.</summary>
    public static IEnumerable<ICompressionProvider> Defaults =>
    [
        new CheckedCompressionProvider(new GzipCompressionProvider(CompressionLevel.Fastest)),
        new CheckedCompressionProvider(new DeflateCompressionProvider(CompressionLevel.Fastest)),
    ];

    public string EncodingName => inner.EncodingName;

    public Stream CreateCompressionStream(Stream stream, CompressionLevel? compressionLevel) => inner.CreateCompressionStream(stream, compressionLevel);

    public Stream CreateDecompressionStream(Stream stream)
    {
        // grpc-dotnet hands over one whole message, already in memory and bounded by the receive limit:
        // a copy keeps its trailer at hand for the end check.
        var compressed = new MemoryStream();
        stream.CopyTo(compressed);
        compressed.Position = 0;
        var trailer = compressed.GetBuffer().AsSpan(0, (int)compressed.Length)[^Math.Min(8, (int)compressed.Length)..].ToArray();
        EndCheck check = inner.EncodingName switch
        {
            "gzip" => new GzipEndCheck(compressed.Length, trailer),
            "deflate" => new ZlibEndCheck(compressed.Length, trailer),
            _ => new NoEndCheck(),
        };
        return new CheckedStream(inner.CreateDecompressionStream(compressed), inner.EncodingName, check);
    }

    private abstract class EndCheck
    {
        public abstract void Append(ReadOnlySpan<byte> decompressed);

        public abstract bool Passes();
    }

    private sealed class NoEndCheck : EndCheck
    {
        public override void Append(ReadOnlySpan<byte> decompressed) { }

        public override bool Passes() => true;
    }

    // The last 8 bytes: CRC-32 of the data, then its length modulo 2^32, both little-endian.
    private sealed class GzipEndCheck(long compressedLength, byte[] trailer) : EndCheck
    {
        private readonly Crc32 _crc = new();
        private long _length;

        public override void Append(ReadOnlySpan<byte> decompressed)
        {
            _crc.Append(decompressed);
            _length += decompressed.Length;
        }

        // 18 bytes is the shortest gzip member: a 10-byte header, then the trailer.
        public override bool Passes() =>
            compressedLength >= 18
            && BinaryPrimitives.ReadUInt32LittleEndian(trailer.AsSpan(0, 4)) == _crc.GetCurrentHashAsUInt32()
            && BinaryPrimitives.ReadUInt32LittleEndian(trailer.AsSpan(4, 4)) == (uint)_length;
    }

    // The last 4 bytes: Adler-32 of the data, big-endian.
    private sealed class ZlibEndCheck(long compressedLength, byte[] trailer) : EndCheck
    {
        private const uint Modulus = 65521;
        private uint _a = 1;
        private uint _b;

        public override void Append(ReadOnlySpan<byte> decompressed)
        {
            foreach (var value in decompressed)
            {
                _a = (_a + value) % Modulus;
                _b = (_b + _a) % Modulus;
            }
        }

        // 6 bytes is the shortest zlib stream: a 2-byte header, then the trailer.
        public override bool Passes() =>
            compressedLength >= 6 && BinaryPrimitives.ReadUInt32BigEndian(trailer.AsSpan(trailer.Length - 4)) == ((_b << 16) | _a);
    }

    private sealed class CheckedStream(Stream decompressing, string encoding, EndCheck check) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read;
            try
            {
                read = decompressing.Read(buffer);
            }
            catch (InvalidDataException)
            {
                // .NET's own message names archive entries and compression methods, which a gRPC client never sent.
                throw Errors.InvalidArgumentException("request", $"is not valid {encoding} data (the bytes do not decompress)");
            }
            check.Append(buffer[..read]);
            if (read == 0 && buffer.Length > 0 && !check.Passes())
            {
                throw Errors.InvalidArgumentException("request", $"is not valid {encoding} data (it ends early, or its end check does not match what it holds)");
            }
            return read;
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
