using Microsoft.Extensions.Options;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Server.Internal;

namespace Search.Server.Hosting;

/// <summary>
/// Opens the configured index folder, first checking it: a damaged or incompatible index is moved
/// aside (kept, never deleted) and logged, so a fresh one is built from the seeds instead. A folder
/// that is not an index at all, or that holds the seeds, is refused: moving it would move someone's files.
/// </summary>
internal static class IndexOpening
{
    public static ParagraphIndex Open(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var path = Path.GetFullPath(options.IndexPath);
        var logger = services.GetRequiredService<ILogger<ParagraphIndex>>();
        var seeds = Path.GetFullPath(options.SeedsPath);
        if (IndexFolders.IsWithin(seeds, path))
        {
            // A damaged index would be moved aside, seeds and all, and a rebuild would replace them.
            throw new StartupRefusedException(
                $"Search:SeedsPath ({seeds}) is inside Search:IndexPath ({path}). Give the index a folder of its own, such as --Search:IndexPath={Path.Combine(Path.GetDirectoryName(seeds.TrimEnd(Path.DirectorySeparatorChar)) ?? seeds, "index")}.");
        }
        IndexInspection inspection;
        try
        {
            inspection = IndexInspector.Inspect(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StartupRefusedException($"Search:IndexPath ({path}) cannot be read: {e.Message}");
        }
        if (inspection.Condition is IndexCondition.Foreign)
        {
            throw new StartupRefusedException(
                $"Search:IndexPath ({path}) is not an index folder: {inspection.Reason}. Point it at an empty or new folder, or at an index, or move those files away.");
        }
        if (inspection.Condition is IndexCondition.Damaged or IndexCondition.Incompatible)
        {
            var aside = IndexInspector.MoveAside(path);
            ServerLog.IndexSetAside(logger, path, inspection.Condition, inspection.Reason, aside);
        }
        try
        {
            return new ParagraphIndex(path, options.Entities ? RecognizerTagger.Default : null);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // A folder that cannot be created or opened (no permission, under /proc): one line, not a crash.
            throw new StartupRefusedException($"Search:IndexPath ({path}) cannot be used: {e.Message}");
        }
    }
}

/// <summary>The configuration cannot be served as it is; the message says what to change.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
