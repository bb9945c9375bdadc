using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Search.Server.Internal;

/// <summary>Where a next page starts, and the index version the pages of its search read.</summary>
internal readonly record struct PagePosition(int Offset, long? IndexVersion);

/// <summary>
/// Opaque page tokens: the offset of the next page and the index version the search read, signed
/// together with the request they continue, so a token from another query or a made-up one is rejected
/// rather than silently misread. The key is drawn when the process starts, so tokens last as long as
/// the server that issued them (and the index version as long as the index keeps it). Thread-safe.
/// </summary>
internal static class PageTokens
{
    /// <summary>How deep search pages reach: hits past this many are never returned (like Elasticsearch's max_result_window).</summary>
    public const int MaxSearchDepth = 10_000;

    private const string Prefix = "p2";

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The token of the page after [offset, offset + limit), or "" when that was the last page (or the deepest).</summary>
    public static string Next(int offset, int limit, long total, long? indexVersion, string requestFingerprint, int maxDepth)
    {
        var next = offset + limit;
        return next < total && next < maxDepth && indexVersion is not null ? Create(new PagePosition(next, indexVersion), requestFingerprint) : "";
    }

    public static string Create(PagePosition position, string requestFingerprint)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{position.Offset}.{position.IndexVersion}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}.{text}.{Signature(text, requestFingerprint)}"));
    }

    /// <summary>The position a token stands for; false when it is not one of ours for this request.</summary>
    public static bool TryRead(string token, string requestFingerprint, int maxDepth, out PagePosition position)
    {
        position = default;
        if (token.Length > 200)
        {
            return false;
        }
        string text;
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            // The decoder passes over padding and white space; a token is ours only exactly as issued.
            if (Base64Url.EncodeToString(bytes) != token)
            {
                return false;
            }
            text = Encoding.UTF8.GetString(bytes);
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = text.Split('.');
        if (parts.Length != 4
            || parts[0] != Prefix
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || offset <= 0 || offset >= maxDepth
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            // Signed as issued, so `00003` for `3` is not ours either.
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[3]), Encoding.ASCII.GetBytes(Signature($"{parts[1]}.{parts[2]}", requestFingerprint))))
        {
            return false;
        }
        position = new PagePosition(offset, version);
        return true;
    }

    private static string Signature(string position, string requestFingerprint) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes($"{position}\u001f{requestFingerprint}")).AsSpan(0, 12));
}
