using System.Globalization;
using System.Text;

namespace Search.Core.Entities.Recognition;

/// <summary>
/// Entity-level exact-match scoring as conlleval counts it: a predicted entity is correct only when its span and
/// type both equal a gold entity's.
/// </summary>
internal sealed class EntityScorer
{
    private readonly int[] _gold = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _correct = new int[4];

    /// <summary>Adds one sentence's gold and predicted entities.</summary>
    public void Add(IReadOnlyCollection<EntitySpan> gold, IReadOnlyCollection<EntitySpan> predicted)
    {
        var goldSet = new HashSet<EntitySpan>(gold);
        foreach (var span in gold)
        {
            _gold[(int)span.Kind]++;
        }

        foreach (var span in predicted)
        {
            _predicted[(int)span.Kind]++;
            if (goldSet.Contains(span))
            {
                _correct[(int)span.Kind]++;
            }
        }
    }

    /// <summary>Precision, recall and F1 for one kind, or for all kinds when <paramref name="kind"/> is null.</summary>
    public (double Precision, double Recall, double F1) Score(EntityKind? kind = null)
    {
        int gold = kind is { } k ? _gold[(int)k] : _gold.Sum();
        int predicted = kind is { } k2 ? _predicted[(int)k2] : _predicted.Sum();
        int correct = kind is { } k3 ? _correct[(int)k3] : _correct.Sum();
        double precision = predicted == 0 ? 0 : (double)correct / predicted;
        double recall = gold == 0 ? 0 : (double)correct / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>Overall F1.</summary>
    public double F1 => Score().F1;

    /// <summary>A conlleval-like report: one line per type with counts, then `ALL P=… R=… F1=…` last.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var (p, r, f) = Score(kind);
            int i = (int)kind;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{IobChunks.TypeName(kind),-4} P={p:F4} R={r:F4} F1={f:F4} gold={_gold[i]} predicted={_predicted[i]} correct={_correct[i]}");
        }

        var (precision, recall, f1) = Score();
        text.Append(CultureInfo.InvariantCulture, $"ALL P={precision:F4} R={recall:F4} F1={f1:F4}");
        return text.ToString();
    }
}
