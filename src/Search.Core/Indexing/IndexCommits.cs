using System.Globalization;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>The user data every commit of ours carries, so a folder can be recognised as our index.</summary>
internal static class IndexCommits
{
    /// <summary>Commit data for a commit made now; <paramref name="builtAt"/> is kept from the last rebuild.</summary>
    public static Dictionary<string, string> Data(DateTimeOffset builtAt) => new()
    {
        [IndexFormat.FormatKey] = IndexFormat.FormatTag,
        [IndexFormat.BuiltAtKey] = builtAt.ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>When the served index was last rebuilt, read from a commit's user data.</summary>
    public static DateTimeOffset? BuiltAt(IndexCommit commit) =>
        commit.UserData.TryGetValue(IndexFormat.BuiltAtKey, out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when) ? when : null;
}
