using System.Globalization;
using Sitrep.Actors;
using Sitrep.Tools;

namespace Sitrep.ActorDictionaryBuilder;

/// <summary>
/// One row of data/actors/supplement.csv: kind,id,name,aliases,country,sector,roles,source. Kinds: actor, agent
/// (a generic noun; aliases = plural forms), country (canonical name and extra names), demonym. Roles are
/// "CC Sector yyyy-MM-dd yyyy-MM-dd" separated by ';', "-" for an open end. Every row must cite its source.
/// </summary>
internal sealed record SupplementRow(string Kind, string Id, string Name, string[] Aliases, string? Country, ActorSector Sector, ActorRole[] Roles, string Source)
{
    public static List<SupplementRow> Read(string path, List<Diagnostic> diagnostics)
    {
        var rows = new List<SupplementRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = CsvLine.Split(line);
            if (f.Count != 8 || f[7].Trim().Length == 0)
            {
                diagnostics.Add(new Diagnostic(path, $"line {lineNumber}", "Expected 8 fields with a source in the last."));
                continue;
            }

            var sector = ActorSector.Unknown;
            if (f[5].Length > 0 && !Enum.TryParse(f[5], out sector))
            {
                diagnostics.Add(new Diagnostic(path, $"line {lineNumber}", $"Unknown sector '{f[5]}'."));
                continue;
            }

            var roles = new List<ActorRole>();
            foreach (var role in f[6].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var p = role.Split(' ');
                if (p.Length != 4 || !Enum.TryParse<ActorSector>(p[1], out var roleSector))
                {
                    diagnostics.Add(new Diagnostic(path, $"line {lineNumber}", $"Malformed role '{role}'."));
                    continue;
                }

                roles.Add(new ActorRole(p[0] == "-" ? null : p[0], roleSector, Date(p[2]), Date(p[3])));
            }

            var aliases = f[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rows.Add(new SupplementRow(f[0], f[1], f[2], aliases, f[4].Length == 0 ? null : f[4], sector, [.. roles], f[7]));
        }

        return rows;
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}