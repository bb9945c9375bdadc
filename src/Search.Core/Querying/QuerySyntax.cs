using System.Buffers;

namespace Search.Core.Querying;

/// <summary>Characters of the free-text syntax that have typographic look-alikes, shared by the parser and request checks.</summary>
public static class QuerySyntax
{
    /// <summary>`"` and the double quotes a word processor or a web page writes for it: “…”, „…“, «…».</summary>
    public static readonly SearchValues<char> DoubleQuotes = SearchValues.Create("\"“”„‟«»〝〞＂");

    public static bool IsDoubleQuote(char c) => DoubleQuotes.Contains(c);
}
