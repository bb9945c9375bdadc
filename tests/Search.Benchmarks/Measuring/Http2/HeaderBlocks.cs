using System.Text;

namespace Search.Benchmarks.Measuring.Http2;

/// <summary>
/// The little HPACK (RFC 7541) a load generator needs: one request header block written once per
/// method, and the grpc-status read out of a response's trailers. The client announces a header
/// table of size 0, so the server may not refer to its dynamic table; and Kestrel writes literals
/// without Huffman coding. Either one breaking is reported, never guessed around.
/// </summary>
internal static class HeaderBlocks
{
    // Indexes into the static table of RFC 7541, appendix A.
    private const int Authority = 1;
    private const int MethodPost = 3;
    private const int Path = 4;
    private const int SchemeHttp = 6;
    private const int ContentType = 31;
    private const int LastStaticIndex = 61;

    /// <summary>A unary gRPC request's headers, every field a literal that is not indexed (nothing to keep in step).</summary>
    public static byte[] Request(string authority, string path)
    {
        var block = new List<byte>();
        WriteInteger(block, 0x80, 7, MethodPost);
        WriteInteger(block, 0x80, 7, SchemeHttp);
        WriteLiteral(block, Path, path);
        WriteLiteral(block, Authority, authority);
        WriteLiteral(block, ContentType, "application/grpc");
        block.Add(0x00);
        WriteString(block, "te");
        WriteString(block, "trailers");
        return [.. block];
    }

    /// <summary>The value of grpc-status in <paramref name="block"/>, or null when it has none (response headers).</summary>
    /// <exception cref="InvalidDataException">The block uses the dynamic table or Huffman coding where it matters.</exception>
    public static int? GrpcStatus(ReadOnlySpan<byte> block)
    {
        int? status = null;
        var position = 0;
        while (position < block.Length)
        {
            var first = block[position];
            if ((first & 0x80) != 0)
            {
                // Indexed field: no static entry is a grpc-status.
                CheckStatic(ReadInteger(block, ref position, 7));
                continue;
            }
            if ((first & 0xE0) == 0x20)
            {
                ReadInteger(block, ref position, 5); // dynamic table size update
                continue;
            }
            var prefix = (first & 0x40) != 0 ? 6 : 4; // with incremental indexing, or without / never indexed
            var nameIndex = ReadInteger(block, ref position, prefix);
            CheckStatic(nameIndex);
            var isStatus = nameIndex == 0 && Plain(ReadString(block, ref position, out var nameCoded), nameCoded).SequenceEqual("grpc-status"u8);
            var value = ReadString(block, ref position, out var valueCoded);
            if (isStatus)
            {
                status = int.Parse(Encoding.ASCII.GetString(Plain(value, valueCoded)), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return status;
    }

    private static void CheckStatic(int index)
    {
        if (index > LastStaticIndex)
        {
            throw new InvalidDataException($"the server used HPACK dynamic table entry {index} after a table size of 0 was announced");
        }
    }

    private static void WriteLiteral(List<byte> block, int nameIndex, string value)
    {
        WriteInteger(block, 0x00, 4, nameIndex);
        WriteString(block, value);
    }

    private static void WriteString(List<byte> block, string value)
    {
        var bytes = Encoding.ASCII.GetBytes(value);
        WriteInteger(block, 0x00, 7, bytes.Length);
        block.AddRange(bytes);
    }

    // RFC 7541 section 5.1: an N-bit prefix, then 7 bits per byte for what does not fit.
    private static void WriteInteger(List<byte> block, byte flags, int prefixBits, int value)
    {
        var limit = (1 << prefixBits) - 1;
        if (value < limit)
        {
            block.Add((byte)(flags | value));
            return;
        }
        block.Add((byte)(flags | limit));
        value -= limit;
        while (value >= 0x80)
        {
            block.Add((byte)(value & 0x7F | 0x80));
            value >>= 7;
        }
        block.Add((byte)value);
    }

    private static int ReadInteger(ReadOnlySpan<byte> block, ref int position, int prefixBits)
    {
        var limit = (1 << prefixBits) - 1;
        var value = block[position++] & limit;
        if (value < limit)
        {
            return value;
        }
        for (var shift = 0; ; shift += 7)
        {
            var next = block[position++];
            value += (next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }
    }

    private static ReadOnlySpan<byte> ReadString(ReadOnlySpan<byte> block, ref int position, out bool huffman)
    {
        huffman = (block[position] & 0x80) != 0;
        var length = ReadInteger(block, ref position, 7);
        var value = block.Slice(position, length);
        position += length;
        return value;
    }

    // Only a name, or the status's value, has to be read; other values may be coded however the server likes.
    private static ReadOnlySpan<byte> Plain(ReadOnlySpan<byte> literal, bool huffman) => huffman
        ? throw new InvalidDataException("the server Huffman-coded a header name or grpc-status; this load generator reads plain literals only")
        : literal;
}
