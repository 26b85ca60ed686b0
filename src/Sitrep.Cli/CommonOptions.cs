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
}