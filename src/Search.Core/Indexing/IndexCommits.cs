using System.Globalization;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>The user data every commit of ours carries, so a folder can be recognised as our index.</summary>
internal static class IndexCommits
{
    /// <summary>
    /// Commit data for a commit made now; <paramref name="builtAt"/> and <paramref name="entitiesTagged"/> are
    /// the last rebuild's (null: not known, for an index written before the key existed).
    /// </summary>
    public static Dictionary<string, string> Data(DateTimeOffset builtAt, bool? entitiesTagged)
    {
        var data = new Dictionary<string, string>
        {
            [IndexFormat.FormatKey] = IndexFormat.FormatTag,
            [IndexFormat.BuiltAtKey] = builtAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (entitiesTagged is { } tagged)
        {
            data[IndexFormat.EntitiesKey] = tagged ? "true" : "false";
        }
        return data;
    }

    /// <summary>Whether the last rebuild of the served index tagged entities; null when the commit does not say.</summary>
    public static bool? EntitiesTagged(IndexCommit commit) =>
        commit.UserData.TryGetValue(IndexFormat.EntitiesKey, out var text) && bool.TryParse(text, out var tagged) ? tagged : null;

    /// <summary>When the served index was last rebuilt, read from a commit's user data.</summary>
    public static DateTimeOffset? BuiltAt(IndexCommit commit) =>
        commit.UserData.TryGetValue(IndexFormat.BuiltAtKey, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when) ? when : null;
}
