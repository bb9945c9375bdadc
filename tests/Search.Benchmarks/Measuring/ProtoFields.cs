namespace Search.Benchmarks.Measuring;

/// <summary>Reads one top-level field of a serialised protobuf message without parsing the rest (a load generator's check).</summary>
internal static class ProtoFields
{
    /// <summary>The last value of varint field <paramref name="number"/>, or 0 (proto3's default) when absent.</summary>
    /// <exception cref="InvalidDataException">The message is not well-formed protobuf.</exception>
    public static ulong Varint(ReadOnlySpan<byte> message, int number)
    {
        ulong found = 0;
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message, ref position);
            var wireType = (int)(tag & 7);
            switch (wireType)
            {
                case 0:
                    var value = ReadVarint(message, ref position);
                    found = (int)(tag >> 3) == number ? value : found;
                    break;
                case 1:
                    position += 8;
                    break;
                case 2:
                    var length = ReadVarint(message, ref position); // read before adding: it moves position
                    if (length > (ulong)(message.Length - position))
                    {
                        throw new InvalidDataException($"a field of {length} bytes at byte {position} runs past the message");
                    }
                    position += (int)length;
                    break;
                case 5:
                    position += 4;
                    break;
                default:
                    throw new InvalidDataException($"wire type {wireType} at byte {position}");
            }
        }
        return position == message.Length ? found : throw new InvalidDataException("the last field runs past the message");
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> message, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= message.Length)
            {
                throw new InvalidDataException("a varint runs past the message");
            }
            var next = message[position++];
            value |= (ulong)(next & 0x7F) << shift;
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }
        throw new InvalidDataException("a varint longer than 10 bytes");
    }
}
