using System.Globalization;

namespace Sitrep.Time;

/// <summary>data/time/holidays.tsv with data/time/lunar-holidays.tsv: each holiday name, its rule, and whether the bare name is a date.</summary>
internal sealed class HolidayCalendar
{
    private HolidayCalendar(IReadOnlyList<Holiday> holidays) => Holidays = holidays;

    public static HolidayCalendar Default { get; } = Load();

    /// <summary>The holidays, each name variant its own row, longest name first so "Christmas Eve" wins over "Christmas".</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    public Holiday? Find(string name)
    {
        var key = Normalise(name);
        foreach (var h in Holidays)
        {
            if (h.Key == key)
            {
                return h;
            }
        }

        return null;
    }

    /// <summary>
    /// The occurrence nearest to <paramref name="published"/> among the year before, of and after it; "last" takes
    /// the latest one before publication, "next" the first one after it.
    /// </summary>
    public static DateInterval? Resolve(HolidayRule rule, DateOnly published, string? modifier)
    {
        DateInterval? best = null;
        var bestDistance = int.MaxValue;
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (year is < 1 or > 9998 || rule.In(year) is not { } occurrence)
            {
                continue;
            }

            var ok = modifier switch
            {
                "last" => occurrence.To < published,
                "next" => occurrence.From > published,
                _ => true,
            };
            var distance = Math.Min(Math.Abs(occurrence.From.DayNumber - published.DayNumber), Math.Abs(occurrence.To.DayNumber - published.DayNumber));
            if (occurrence.Contains(published))
            {
                distance = 0;
            }

            // Ties go to the earlier occurrence: news reports what happened.
            if (ok && distance < bestDistance)
            {
                best = occurrence;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"Father’s Day", "Fathers Day" and "Father's Day" are one name, as are "Eid al-Fitr" and "Eid al Fitr".</summary>
    public static string Normalise(string name) =>
        name.Replace("’", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal).Replace('-', ' ');

    private static HolidayCalendar Load()
    {
        var tables = new Dictionary<string, List<DateInterval>>(StringComparer.Ordinal);
        foreach (var f in Rows("lunar-holidays.tsv"))
        {
            var from = DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!tables.TryGetValue(f[0], out var list))
            {
                tables[f[0]] = list = [];
            }

            list.Add(new DateInterval(from, to, from == to ? DatePrecision.Day : DatePrecision.DayRange));
        }

        var holidays = new List<Holiday>();
        foreach (var f in Rows("holidays.tsv"))
        {
            var rule = HolidayRule.Parse(f[1], tables);
            foreach (var name in f[0].Split('|'))
            {
                holidays.Add(new Holiday(name, Normalise(name), rule, f[2] == "yes"));
            }
        }

        return new HolidayCalendar([.. holidays.OrderByDescending(h => h.Name.Length).ThenBy(h => h.Name, StringComparer.Ordinal)]);
    }

    private static List<string[]> Rows(string name)
    {
        using var stream = typeof(HolidayCalendar).Assembly.GetManifestResourceStream("Sitrep.Time." + name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}

/// <summary>One name of a holiday.</summary>
/// <param name="Name">As written in the table ("Father's Day").</param>
/// <param name="Key">Without apostrophes, for lookup.</param>
/// <param name="Rule">When it falls.</param>
/// <param name="Alone">The bare name is a date; otherwise it needs a preposition or determiner before it, or a year after.</param>
internal sealed record Holiday(string Name, string Key, HolidayRule Rule, bool Alone);