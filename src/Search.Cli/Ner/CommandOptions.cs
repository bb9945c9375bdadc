namespace Search.Cli.Ner;

/// <summary>`--name value` pairs of a command line.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Parses `--name value` pairs (a flag without value counts as "true").</summary>
    public CommandOptions(IEnumerable<string> args)
    {
        string? pending = null;
        foreach (string arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (pending is not null)
                {
                    _values[pending] = "true";
                }

                pending = arg[2..];
            }
            else if (pending is not null)
            {
                _values[pending] = arg;
                pending = null;
            }
        }

        if (pending is not null)
        {
            _values[pending] = "true";
        }
    }

    /// <summary>The value of an option, or <paramref name="fallback"/>.</summary>
    public string? Get(string name, string? fallback = null) => _values.GetValueOrDefault(name, fallback!);

    /// <summary>The value of a required option.</summary>
    public string Require(string name) =>
        _values.TryGetValue(name, out string? value) ? value : throw new ArgumentException($"missing --{name}");

    /// <summary>An integer option.</summary>
    public int GetInt(string name, int fallback) => _values.TryGetValue(name, out string? value) ? int.Parse(value) : fallback;
}
