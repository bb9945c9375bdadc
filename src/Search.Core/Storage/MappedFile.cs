using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Search.Core.Storage;

/// <summary>
/// One index file mapped read-only into memory (a small one copied), its first byte pinned as a pointer once. Every input
/// and clone over the file holds a reference to this object, and the mapping is released only by
/// the finalizer, once none of them can read any more: a late read by a clone can never touch
/// unmapped memory. The cost is that a deleted file's disk space comes back at the next garbage
/// collection that finds it unreachable rather than at once (Linux keeps a mapped file's blocks).
/// </summary>
internal sealed unsafe class MappedFile
{
    /// <summary>
    /// Files up to this size are read into memory rather than mapped. The searcher refresh reads the latest
    /// commit point and every segment's `.si` file once a second to see whether the index changed; mapped,
    /// each of those reads left a mapping until the next collection, and an idle server, which collects
    /// rarely, gained about 14 mappings a second (a reviewer counted 19,538 with a 50 ms refresh, against
    /// a limit of 65,530 a process).
    /// </summary>
    internal const int CopiedBelowBytes = 64 * 1024;

    private readonly MemoryMappedViewAccessor? _view;

    // A small file's bytes, on the pinned heap, so that Start stays valid for as long as this object lives.
    private readonly byte[]? _copy;

    private MappedFile(MemoryMappedViewAccessor? view, byte[]? copy, byte* start, long length)
    {
        _view = view;
        _copy = copy;
        Start = start;
        Length = length;
    }

    /// <summary>Whether the file is mapped (false for a small file read into memory, or an empty one).</summary>
    public bool IsMapped => _view is not null;

    /// <summary>The first byte of the file; not to be read at or past <see cref="Length"/>.</summary>
    public byte* Start { get; }

    public long Length { get; }

    /// <summary>Maps the whole file; throws <see cref="FileNotFoundException"/> when it does not exist.</summary>
    public static MappedFile Open(string path)
    {
        // Readers never block Lucene from deleting or renaming files: on Linux the mapping survives both.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0)
        {
            // An empty file cannot be mapped; nothing will be read from it.
            return new MappedFile(null, null, null, 0);
        }
        if (length < CopiedBelowBytes)
        {
            var copy = GC.AllocateUninitializedArray<byte>((int)length, pinned: true);
            stream.ReadExactly(copy);
            return new MappedFile(null, copy, (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), length);
        }
        // The mapping outlives the file descriptor (POSIX keeps a mapping valid after close), so the
        // descriptor is closed at once: a server with many segments, or with merged-away segments not
        // yet collected, never runs into the open-file limit.
        using var map = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        return new MappedFile(view, null, pointer + view.PointerOffset, length);
    }

    ~MappedFile()
    {
        // Runs before the critical finalizers of the handles, so the view handle is still valid here;
        // releasing our reference lets those finalizers unmap and close.
        _view?.SafeMemoryMappedViewHandle.ReleasePointer();
    }
}
