namespace Search.Core.Entities.Recognition;

/// <summary>
/// Maps feature hashes to weight rows with open addressing. Tagging looks up ~130 features per token, and this
/// flat, half-empty table does it several times faster than a general-purpose dictionary. The hashes are already
/// well mixed (<see cref="FeatureHash"/>), so their low bits serve as the slot.
/// </summary>
internal sealed class FeatureRowTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;   // row + 1; 0 marks an empty slot
    private readonly int _mask;

    /// <summary>Builds the table for features numbered by their position in <paramref name="features"/>.</summary>
    public FeatureRowTable(IReadOnlyList<ulong> features)
    {
        int capacity = 16;
        while (capacity < features.Count * 2)
        {
            capacity *= 2;
        }

        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < features.Count; row++)
        {
            int slot = (int)features[row] & _mask;
            while (_rows[slot] != 0 && _keys[slot] != features[row])
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = features[row];
            _rows[slot] = row + 1;
        }
    }

    /// <summary>The row of <paramref name="feature"/>, or -1 when the model does not know it.</summary>
    public int RowOf(ulong feature)
    {
        int slot = (int)feature & _mask;
        while (true)
        {
            int row = _rows[slot];
            if (row == 0)
            {
                return -1;
            }

            if (_keys[slot] == feature)
            {
                return row - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }
}
