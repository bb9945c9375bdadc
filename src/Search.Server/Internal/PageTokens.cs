using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Search.Server.Internal;

/// <summary>
/// Opaque page tokens: the offset of the next page, signed together with the request it continues, so
/// a token from another query or a made-up one is rejected rather than silently misread. The key is
/// drawn when the process starts, so tokens last as long as the server that issued them. Thread-safe.
/// </summary>
internal static class PageTokens
{
    /// <summary>How deep pages reach: hits past this many are never returned (like Elasticsearch's max_result_window).</summary>
    public const int MaxDepth = 10_000;

    private const string Prefix = "p1";

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The token of the page after [offset, offset + limit), or "" when that was the last page.</summary>
    public static string Next(int offset, int limit, long total, string requestFingerprint)
    {
        var next = offset + limit;
        return next < total && next < MaxDepth ? Create(next, requestFingerprint) : "";
    }

    public static string Create(int offset, string requestFingerprint)
    {
        var text = offset.ToString(CultureInfo.InvariantCulture);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}.{text}.{Signature(text, requestFingerprint)}"));
    }

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
            && offset is > 0 and < MaxDepth
            // Signed as issued, so `00003` for `3` is not ours either.
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2]), Encoding.ASCII.GetBytes(Signature(parts[1], requestFingerprint)));
    }

    private static string Signature(string offset, string requestFingerprint) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes($"{offset}\u001f{requestFingerprint}")).AsSpan(0, 12));
}
