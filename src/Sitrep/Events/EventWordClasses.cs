using System.Collections.Frozen;
using System.Reflection;

namespace Sitrep.Events;

/// <summary>
/// Named classes of words the event rules and checks read (data/events/cues.tsv and sanity.tsv, compiled in): <c>class TAB word</c>
/// rows, '#' starting a comment line.
/// </summary>
public sealed class EventWordClasses
{
    private const string ResourceName = "Sitrep.Events.sanity.tsv";
    private static readonly FrozenSet<string> Empty = FrozenSet<string>.Empty;
    private readonly FrozenDictionary<string, FrozenSet<string>> classes;

    private EventWordClasses(FrozenDictionary<string, FrozenSet<string>> classes) => this.classes = classes;

    /// <summary>The words of class <paramref name="name"/> (none when the table has no such class).</summary>
    public FrozenSet<string> this[string name] => classes.GetValueOrDefault(name, Empty);

    /// <summary>Loads the compiled-in sanity table (data/events/sanity.tsv).</summary>
    public static EventWordClasses LoadDefault() => LoadResource(ResourceName, "sanity.tsv");

    /// <summary>Loads the compiled-in table <paramref name="resourceName"/>, named <paramref name="source"/> in errors.</summary>
    internal static EventWordClasses LoadResource(string resourceName, string source)
    {
        using var stream = typeof(EventWordClasses).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Resource {resourceName} is missing from {Assembly.GetExecutingAssembly().FullName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), source);
    }

    /// <summary>Parses the table; a malformed row is a <see cref="FormatException"/> naming <paramref name="source"/> and the line.</summary>
    public static EventWordClasses Parse(string tsv, string source)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var rows = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0 || cells[1].Any(char.IsUpper))
            {
                throw new FormatException($"{source}:{number}: expected 'class<TAB>word' with a lower-case word, got '{line}'.");
            }

            if (!rows.TryGetValue(cells[0], out var words))
            {
                rows[cells[0]] = words = new HashSet<string>(StringComparer.Ordinal);
            }

            words.Add(cells[1]);
        }

        return new EventWordClasses(rows.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }
}