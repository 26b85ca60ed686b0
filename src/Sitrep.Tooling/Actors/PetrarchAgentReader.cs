using System.Text.RegularExpressions;

namespace Sitrep.Actors;

/// <summary>
/// Reads PETRARCH agents dictionaries (Phoenix.agents.txt, PLOVER_agents.txt): "PHRASE {plurals} [~CODE]", with
/// "!SET! = A, B" substitution sets and regular plurals implied when no "{…}" is given (+S, Y→IES, SS→SSES; syntax
/// in ../shared/data/README.md "Agents dictionaries"). Phrases come back lower case, words joined by spaces.
/// </summary>
internal static partial class PetrarchAgentReader
{
    public static List<PetrarchAgent> Read(TextReader reader)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var agents = new List<PetrarchAgent>();
        while (reader.ReadLine() is { } raw)
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var set = SetPattern().Match(line);
            if (set.Success)
            {
                sets[set.Groups["name"].Value] = [.. set.Groups["members"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
                continue;
            }

            var entry = EntryPattern().Match(line);
            if (!entry.Success)
            {
                continue;
            }

            var code = entry.Groups["code"].Value.Replace("~", string.Empty, StringComparison.Ordinal);
            var hasPlurals = entry.Groups["plurals"].Success;
            var plurals = hasPlurals
                ? entry.Groups["plurals"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                : [];
            foreach (var phrase in Expand(entry.Groups["phrase"].Value, sets))
            {
                agents.Add(new PetrarchAgent(phrase, code, false));
                if (!hasPlurals)
                {
                    agents.Add(new PetrarchAgent(RegularPlural(phrase), code, true));
                }
            }

            foreach (var plural in plurals)
            {
                foreach (var phrase in Expand(plural, sets))
                {
                    agents.Add(new PetrarchAgent(phrase, code, true));
                }
            }
        }

        return agents;
    }

    /// <summary>The regular English plural of the last word (PETRARCH 0.5 builds these itself).</summary>
    internal static string RegularPlural(string phrase)
    {
        if (phrase.EndsWith("ss", StringComparison.Ordinal) || phrase.EndsWith("sh", StringComparison.Ordinal)
            || phrase.EndsWith("ch", StringComparison.Ordinal) || phrase.EndsWith('x'))
        {
            return phrase + "es";
        }

        if (phrase.EndsWith('y') && phrase.Length > 1 && "aeiou".IndexOf(phrase[^2], StringComparison.Ordinal) < 0)
        {
            return phrase[..^1] + "ies";
        }

        if (phrase.EndsWith("man", StringComparison.Ordinal))
        {
            return phrase[..^3] + "men";
        }

        return phrase.EndsWith('s') ? phrase : phrase + "s";
    }

    private static IEnumerable<string> Expand(string raw, Dictionary<string, string[]> sets)
    {
        var forms = new List<string> { raw };
        foreach (var (name, members) in sets)
        {
            var token = "!" + name + "!";
            if (!raw.Contains(token, StringComparison.Ordinal))
            {
                continue;
            }

            forms = [.. forms.SelectMany(f => members.Select(m => f.Replace(token, m, StringComparison.Ordinal)))];
        }

        foreach (var form in forms)
        {
            var phrase = Spaces().Replace(form.Replace('_', ' '), " ").Trim().ToLowerInvariant();
            if (phrase.Length > 0 && !phrase.Contains('!', StringComparison.Ordinal))
            {
                yield return phrase;
            }
        }
    }

    [GeneratedRegex(@"^!(?<name>[A-Z]+)!\s*=\s*(?<members>.+)$")]
    private static partial Regex SetPattern();

    [GeneratedRegex(@"^(?<phrase>[^\[{]+?)\s*(\{(?<plurals>[^}]*)\})?\s*\[(?<code>[^\]]*)\]")]
    private static partial Regex EntryPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}