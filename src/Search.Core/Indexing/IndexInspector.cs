using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>The state of an index folder found at start.</summary>
public enum IndexCondition
{
    /// <summary>No index yet: the folder is missing or empty.</summary>
    Missing,

    /// <summary>A complete index of ours.</summary>
    Healthy,

    /// <summary>Files that do not make a readable index (truncated, corrupted, half-written first build).</summary>
    Damaged,

    /// <summary>A readable Lucene index, but not one this version wrote.</summary>
    Incompatible,

    /// <summary>Files and folders none of which an index has: someone else's folder, not an index to set aside.</summary>
    Foreign,
}

/// <summary>What <see cref="IndexInspector.Inspect"/> found, and why.</summary>
public sealed record IndexInspection(IndexCondition Condition, string Reason);

/// <summary>
/// Checks an index folder before it is served: that its last commit opens, is ours and this version's,
/// and that every file's checksum holds. Stateless and thread-safe.
/// </summary>
public static class IndexInspector
{
    public static IndexInspection Inspect(string path)
    {
        var names = System.IO.Directory.Exists(path)
            ? System.IO.Directory.EnumerateFileSystemEntries(path).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
            : [];
        // A lock and a build's scratch folder are all a first build killed before its commit leaves: nothing to keep.
        if (names.All(name => name is "write.lock" or IndexBuilder.ScratchFolder))
        {
            return new IndexInspection(IndexCondition.Missing, "the folder holds no index");
        }
        var foreign = names.Where(name => !IsIndexEntry(name)).ToList();
        if (foreign.Count > 0 && !names.Any(name => name.StartsWith("segments", StringComparison.Ordinal)))
        {
            return new IndexInspection(IndexCondition.Foreign, $"the folder holds files that no index has ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", ..." : "")})");
        }
        try
        {
            using var directory = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(directory))
            {
                return new IndexInspection(IndexCondition.Damaged, "the folder has files but no index commit (an interrupted first build?)");
            }
            using var reader = DirectoryReader.Open(directory);
            var userData = reader.IndexCommit.UserData;
            if (!userData.TryGetValue(IndexFormat.FormatKey, out var format) || format != IndexFormat.FormatTag)
            {
                return new IndexInspection(IndexCondition.Incompatible,
                    $"the index format is '{format ?? "unknown"}', this version reads '{IndexFormat.FormatTag}'");
            }
            // Verifies every file's checksum footer: catches truncation and bit rot at disk speed,
            // where a full CheckIndex would decode every posting (about 13 s on the Reuters index).
            foreach (var leaf in reader.Leaves)
            {
                leaf.AtomicReader.CheckIntegrity();
            }
            return new IndexInspection(IndexCondition.Healthy, "ok");
        }
        catch (Exception e) when (e is IndexFormatTooOldException or IndexFormatTooNewException)
        {
            return new IndexInspection(IndexCondition.Incompatible, e.Message);
        }
        catch (Exception e) when (e is CorruptIndexException or IOException or LockObtainFailedException or InvalidOperationException or ArgumentException)
        {
            return new IndexInspection(IndexCondition.Damaged, $"{e.GetType().Name}: {e.Message}");
        }
    }

    // Lucene names its files `_<segment>...` and `segments...`; we add the lock and the build's scratch folder.
    private static bool IsIndexEntry(string name) =>
        name.StartsWith('_') || name.StartsWith("segments", StringComparison.Ordinal) || name is "write.lock" or IndexBuilder.ScratchFolder;

    /// <summary>Moves a damaged folder aside (next to it, timestamped) so a fresh index can be built; returns where.</summary>
    public static string MoveAside(string path)
    {
        var target = $"{path.TrimEnd(System.IO.Path.DirectorySeparatorChar)}.damaged-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
        System.IO.Directory.Move(path, target);
        return target;
    }
}
