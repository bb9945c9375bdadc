using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Search.Core.Storage;

/// <summary>
/// Reads an index file (or a slice of a compound file) straight from its memory mapping: no system
/// call, no lock and no buffer copy per read. Lucene.Net's own inputs cost more on every read: its
/// NIOFS input takes a lock shared by all clones, calls fstat and issues a 1 KB pread per buffer
/// refill, and its MMap input takes a reference on one SafeHandle shared by all threads per read.
/// Clones share the mapping and keep their own position; not thread-safe, like any IndexInput.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    // Kept only so the mapping lives as long as any input or clone over it.
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;

    public MappedIndexInput(string description, MappedFile file, long offset, long length)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"slice {offset}+{length} is outside the {file.Length}-byte file: {description}");
        }
        _file = file;
        _start = file.Start + offset;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek to {pos} is outside 0..{_length}: {this}");
        }
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw PastEnd(1);
        }
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        // The destination is checked before the position moves, so a bad range leaves the input as it was.
        var destination = b.AsSpan(offset, len);
        new ReadOnlySpan<byte>(Take(len), len).CopyTo(destination);
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(2), 2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(4), 4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(8), 8));

    // Near the end of the file the base class reads byte by byte, with its own checks.
    public override int ReadVInt32() => _length - _position < 5 ? base.ReadVInt32() : (int)ReadVariableLength(5);

    public override long ReadVInt64() => _length - _position < 9 ? base.ReadVInt64() : (long)ReadVariableLength(9);

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0 || numBytes > _length - _position)
        {
            throw PastEnd(numBytes);
        }
        _position += numBytes;
    }

    // Clones (IndexInput.Clone is a member-wise copy) share _file and _start and keep their own position.

    protected override void Dispose(bool disposing)
    {
        // Nothing to close: the mapping goes with the last reference to it (see MappedFile).
    }

    /// <summary>Lucene's variable-length integer: 7 bits a byte, low bits first, high bit set on all but the last.</summary>
    private ulong ReadVariableLength(int maxBytes)
    {
        var p = _start + _position;
        ulong value = 0;
        for (var read = 0; read < maxBytes; read++)
        {
            var b = p[read];
            value |= (ulong)(b & 0x7F) << (7 * read);
            if ((b & 0x80) == 0)
            {
                _position += read + 1;
                return value;
            }
        }
        throw new IOException($"invalid variable-length integer: more than {maxBytes} bytes: {this}");
    }

    private byte* Take(int count)
    {
        if (count < 0 || count > _length - _position)
        {
            throw PastEnd(count);
        }
        var p = _start + _position;
        _position += count;
        return p;
    }

    private EndOfStreamException PastEnd(long wanted) =>
        new($"read past EOF: {wanted} bytes at {_position} of {_length}: {this}");
}
