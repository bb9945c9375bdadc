using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Search.Server.Internal;

/// <summary>
/// Opaque page tokens: the offset of the next page, bound to the request it continues, so a token
/// from another query or a made-up one is rejected rather than silently misread. Thread-safe.
/// </summary>
internal static class PageTokens
{
    /// <summary>Deepest offset a token may point at (like Elasticsearch's max_result_window).</summary>
    public const int MaxOffset = 10_000;

    private const string Prefix = "p1";

    /// <summary>The token of the page after [offset, offset + limit), or "" when that was the last page.</summary>
    public static string Next(int offset, int limit, long total, string requestFingerprint)
    {
        var next = offset + limit;
        return next < total && next <= MaxOffset ? Create(next, requestFingerprint) : "";
    }

    public static string Create(int offset, string requestFingerprint) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}.{offset.ToString(CultureInfo.InvariantCulture)}.{Hash(requestFingerprint)}"));

    /// <summary>The offset a token stands for; false when it is not one of ours for this request.</summary>
    public static bool TryRead(string token, string requestFingerprint, out int offset)
    {
        offset = 0;
        if (token.Length > 200)
        {
            return false;
        }
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = text.Split('.');
        return parts.Length == 3
            && parts[0] == Prefix
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out offset)
            && offset is > 0 and <= MaxOffset
            && parts[2] == Hash(requestFingerprint);
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
}
