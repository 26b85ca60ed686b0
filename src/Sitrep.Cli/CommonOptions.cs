using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>Options shared by several verbs, created once so their names and help stay the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite store to use (created if missing).",
        HelpName = "PATH",
        DefaultValueFactory = _ => "sitrep.db",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON on standard output instead of a table.",
    };

    /// <summary>Adds a parse-time check that <paramref name="option"/> is at least <paramref name="minimum"/>: a usage error, exit 2.</summary>
    public static Option<int> AtLeast(this Option<int> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < minimum)
            {
                result.AddError($"{option.Name} must be at least {minimum}.");
            }
        });
        return option;
    }

    /// <summary>
    /// Restricts <paramref name="option"/> to <paramref name="names"/> (case ignored), lists them in help and in the
    /// error, which names the option: the same names the API takes (sort=date_desc, export.csv).
    /// </summary>
    public static Option<string> OneOf(this Option<string> option, IReadOnlyList<string> names)
    {
        option.HelpName = string.Join('|', names);
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !names.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"{option.Name}: '{value}' is not one of {string.Join(", ", names)}.");
            }
        });
        return option;
    }
}