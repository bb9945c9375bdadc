using Search.Core.Analysis;

namespace Search.Core.Entities;

/// <summary>
/// Resolves the mentions of one article, in reading order, to entities: a mention with the canonical key of
/// an earlier one is that entity; a shorter mention (`Trump`, `Kim`) whose words stand inside exactly one
/// earlier, longer name of the same type (`Donald Trump`, `Kim Jong Un`) refers to it; anything else is a
/// new entity. Not thread-safe: one linker per article.
/// </summary>
public sealed class MentionLinker
{
    private readonly List<(EntityType Type, string Key, string[] Words)> _named = [];

    /// <summary>The mention for a tagged span of <paramref name="paragraph"/>, or null when it has no words.</summary>
    public EntityMention? Link(string paragraph, TaggedSpan span)
    {
        var text = paragraph[span.Start..span.End];
        var key = EntityNames.Key(text, span.Type);
        if (key.Length == 0)
        {
            return null;
        }
        var form = EntityNames.Form(text, span.Type);
        var entityKey = Resolve(span.Type, key);
        return new EntityMention(span.Start, span.End, span.Type, entityKey, form);
    }

    private string Resolve(EntityType type, string key)
    {
        if (_named.Any(n => n.Type == type && n.Key == key))
        {
            return key;
        }
        var words = key.Split(' ');
        string? only = null;
        var candidates = 0;
        foreach (var named in _named)
        {
            if (named.Type == type && named.Words.Length > words.Length && WordScanner.ContainsRun(named.Words, words))
            {
                candidates++;
                only = named.Key;
            }
        }
        if (candidates == 1)
        {
            return only!;
        }
        _named.Add((type, key, words));
        return key;
    }
}
