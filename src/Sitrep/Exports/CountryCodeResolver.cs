using System.Collections.Frozen;

namespace Sitrep.Exports;

/// <summary>
/// Checks a country filter against ISO 3166-1 alpha-2 and, when it is not a code Sitrep stores, finds the code the
/// user most likely meant: an alias people type (UK for GB, alpha-3 ECU for EC; data/exports/country-aliases.tsv)
/// or a country's English name. An unknown code is never silently matched to nothing.
/// </summary>
public sealed class CountryCodeResolver
{
    private const string AliasResource = "Sitrep.Exports.country-aliases.tsv";

    private readonly CountryTable countries;
    private readonly FrozenDictionary<string, string> aliases;
    private readonly FrozenDictionary<string, string> codeByName;

    private CountryCodeResolver(CountryTable countries, FrozenDictionary<string, string> aliases)
    {
        this.countries = countries;
        this.aliases = aliases;
        codeByName = countries.Codes.ToFrozenDictionary(countries.NameOf, c => c, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Loads the compiled-in country and alias tables.</summary>
    public static CountryCodeResolver LoadDefault() => new(CountryTable.LoadDefault(), ExportResources.Rows(ExportResources.Read(AliasResource))
        .ToFrozenDictionary(cells => cells[0], cells => cells[1], StringComparer.OrdinalIgnoreCase));

    /// <summary>Every code a filter accepts, sorted: ISO 3166-1 alpha-2 plus the user-assigned XK (Kosovo) the gazetteer uses.</summary>
    public IReadOnlyList<string> KnownCodes => [.. countries.Codes.Concat(aliases.Where(a => a.Key == a.Value).Select(a => a.Key)).Order(StringComparer.Ordinal)];

    /// <summary>True when <paramref name="code"/> (case and surrounding spaces ignored) is a code events are stored under.</summary>
    public bool IsKnown(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Trim();
        return countries.Contains(trimmed) || (aliases.TryGetValue(trimmed, out var target) && string.Equals(target, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The alpha-2 code <paramref name="input"/> most likely means (UK → GB, ECU → EC, "Ecuador" → EC), or null.</summary>
    public string? Closest(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var trimmed = input.Trim();
        if (aliases.TryGetValue(trimmed, out var alias))
        {
            return alias;
        }

        if (codeByName.TryGetValue(trimmed, out var byName))
        {
            return byName;
        }

        // A name's start ("United King", "Bosnia") when exactly one country begins so.
        var starts = trimmed.Length >= 4 ? codeByName.Where(p => p.Key.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)).Take(2).ToList() : [];
        return starts.Count == 1 ? starts[0].Value : null;
    }

    /// <summary>The English name of a code ("United Kingdom" for GB).</summary>
    public string NameOf(string code) => countries.NameOf(code.Trim());

    /// <summary>
    /// A message for a country filter that is not a known code, naming the closest code or listing them all;
    /// null when <paramref name="input"/> is known.
    /// </summary>
    public string? Complaint(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (IsKnown(input))
        {
            return null;
        }

        return Closest(input) is { } code
            ? $"'{input}' is not an ISO 3166-1 alpha-2 code; did you mean {code.ToUpperInvariant()} ({NameOf(code)})?"
            : $"'{input}' is not an ISO 3166-1 alpha-2 code; expected one of {string.Join(" ", KnownCodes)}.";
    }
}