using Microsoft.Extensions.Options;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Server.Internal;

namespace Search.Server.Hosting;

/// <summary>
/// Opens the configured index folder, first checking it: a damaged or incompatible index is moved
/// aside (kept, never deleted) and logged, so a fresh one is built from the seeds instead.
/// </summary>
internal static class IndexOpening
{
    public static ParagraphIndex Open(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        var path = Path.GetFullPath(options.IndexPath);
        var logger = services.GetRequiredService<ILogger<ParagraphIndex>>();
        var inspection = IndexInspector.Inspect(path);
        if (inspection.Condition is IndexCondition.Damaged or IndexCondition.Incompatible)
        {
            var aside = IndexInspector.MoveAside(path);
            ServerLog.IndexSetAside(logger, path, inspection.Condition, inspection.Reason, aside);
        }
        return new ParagraphIndex(path, options.Entities ? RecognizerTagger.Default : null);
    }
}
