namespace Search.Core.Querying;

/// <summary>Characters of the free-text syntax that have typographic look-alikes, shared by the parser and request checks.</summary>
public static class QuerySyntax
{
    /// <summary>`"` and the double quotes a word processor or a web page writes for it: “…”, „…“, «…».</summary>
    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '〝' or '〞' or '＂';
}
