using Lucene.Net.Store;

namespace Search.Core.Storage;

/// <summary>
/// An index folder whose files are read through memory mappings (<see cref="MappedIndexInput"/>) and
/// written as by <see cref="NIOFSDirectory"/>. Lucene's default on 64-bit systems is to map files too;
/// this does it without the per-read costs of Lucene.Net's inputs, which on a 2-core machine made the
/// reads take about a third of the CPU time of a phrase search. Its write lock keeps out other processes
/// as well (<see cref="ProcessLockFactory"/>).
/// </summary>
public sealed class MappedDirectory(DirectoryInfo path) : NIOFSDirectory(path, new ProcessLockFactory(path.FullName))
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = System.IO.Path.Combine(Directory.FullName, name);
        var file = MappedFile.Open(path);
        return new MappedIndexInput($"MappedIndexInput(path=\"{path}\")", file, 0, file.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(System.IO.Path.Combine(Directory.FullName, name));
    }

    /// <summary>Slices of one compound file share one mapping.</summary>
    private sealed class Slicer(string path) : IndexInputSlicer
    {
        private readonly MappedFile _file = MappedFile.Open(path);

        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedIndexInput($"MappedIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", _file, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, _file.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
