namespace Search.Cli.Commands;

/// <summary>
/// Reads `--name value` options and `--flag` switches from the command line. An option the command does
/// not take, or one given without its value, is a mistake to report, not to ignore.
/// </summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Options(string[] args, string[] valued, params string[] flags)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }
            var name = args[i][2..];
            if (flags.Contains(name))
            {
                _values[name] = "true";
                continue;
            }
            if (!valued.Contains(name))
            {
                throw new ArgumentException($"unknown option '--{name}'");
            }
            if (i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"--{name} needs a value");
            }
            _values[name] = args[++i];
        }
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public bool Has(string flag) => _values.ContainsKey(flag);

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");
}
