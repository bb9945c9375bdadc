using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace Search.Core.Storage;

/// <summary>
/// Index locks that other processes see: each lock is its file held open exclusively, which .NET enforces
/// on Linux with an advisory <c>flock</c> that every other .NET process (and every other open of the file
/// in this one) respects. Lucene.Net's <see cref="NativeFSLockFactory"/> did not keep a second process out
/// here: a `search-cli index` ran alongside the server's rebuild on the same folder, each deleted the
/// other's files, and the committed index was lost. The lock file is never deleted, so two openers can
/// never hold locks on two different files of the same name.
/// </summary>
public sealed class ProcessLockFactory(string folder) : LockFactory
{
    // No prefix: FSDirectory sets one from a hash of the path string, and two processes that name the folder
    // differently (through a symbolic link, say) would then lock two different files.
    public override Lock MakeLock(string lockName) => new FileLock(Path.Combine(folder, lockName));

    // Nothing to clear: a lock is released when its holder closes the file or the process ends, even by kill -9.
    public override void ClearLock(string lockName)
    {
    }

    private sealed class FileLock(string path) : Lock
    {
        private FileStream? _held;

        public override bool Obtain()
        {
            if (_held is not null)
            {
                return false;
            }
            _held = TryOpen(path);
            return _held is not null;
        }

        public override bool IsLocked()
        {
            if (_held is not null)
            {
                return true;
            }
            using var probe = TryOpen(path);
            return probe is null;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _held?.Dispose();
                _held = null;
            }
        }

        public override string ToString() => $"ProcessLock({path})";

        // .NET reports a refused flock with the errno EWOULDBLOCK (11) as the HResult on Linux, and the
        // Win32 sharing violation (0x80070020) on Windows.
        private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or unchecked((int)0x80070020);

        private static FileStream? TryOpen(string path)
        {
            try
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                // Held by another process or another writer of this one. Any other failure (a missing or
                // read-only folder, a full disk) is thrown: calling it "locked" would hide the real cause.
                return null;
            }
        }
    }
}
