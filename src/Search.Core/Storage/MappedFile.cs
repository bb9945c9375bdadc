using System.IO.MemoryMappedFiles;

namespace Search.Core.Storage;

/// <summary>
/// One index file mapped read-only into memory, its first byte pinned as a pointer once. Every input
/// and clone over the file holds a reference to this object, and the mapping is released only by
/// the finalizer, once none of them can read any more: a late read by a clone can never touch
/// unmapped memory. The cost is that a deleted file's disk space comes back at the next garbage
/// collection that finds it unreachable rather than at once (Linux keeps a mapped file's blocks).
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor? _view;

    private MappedFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _view = view;
        Start = start;
        Length = length;
    }

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
            return new MappedFile(null, null, 0);
        }
        // The mapping outlives the file descriptor (POSIX keeps a mapping valid after close), so the
        // descriptor is closed at once: a server with many segments, or with merged-away segments not
        // yet collected, never runs into the open-file limit.
        using var map = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        return new MappedFile(view, pointer + view.PointerOffset, length);
    }

    ~MappedFile()
    {
        // Runs before the critical finalizers of the handles, so the view handle is still valid here;
        // releasing our reference lets those finalizers unmap and close.
        _view?.SafeMemoryMappedViewHandle.ReleasePointer();
    }
}
