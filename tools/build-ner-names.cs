// Builds data/ner/person-names.tsv and data/ner/org-names.tsv from the PETRARCH actor dictionaries (MIT licence,
// openeventdata/petrarch2) in the shared data folder. Not the NER corpora: the lists must be independent of the
// tagger's training text, or the tagger learns to trust them more than they deserve on unseen text.
// Organisation names also come from Sitrep's actor dictionary (data/actors/actors.tsv.gz: UCDP actors, CC BY 4.0,
// and the curated supplement): every name and alias of an actor without dated roles (people have them) whose sector
// is not civilian (UCDP's civilian actors are ethnic groups and clans), or of a curated organisation.
//   dotnet run tools/build-ner-names.cs -- ../shared/data data/ner data/actors/actors.tsv.gz
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

var shared = args.Length > 0 ? args[0] : "../shared/data";
var outDir = args.Length > 1 ? args[1] : "data/ner";
var actorDictionary = args.Length > 2 ? args[2] : "data/actors/actors.tsv.gz";
var actors = Path.Combine(shared, "actors");

// People: Phoenix.Countries.actors.txt primary phrases generated from CountryInfo (heads of state, ministers).
var given = new Dictionary<string, int>(StringComparer.Ordinal);
var family = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(actors, "Phoenix.Countries.actors.txt")))
{
    if (line.Length == 0 || !char.IsLetter(line[0]) || !line.Contains("# CountryInfo.txt", StringComparison.Ordinal))
    {
        continue;
    }

    var words = Words(line[..line.IndexOf('#', StringComparison.Ordinal)]);
    if (words.Count < 2 || words.Count > 5)
    {
        continue;
    }

    Count(given, words[0]);
    Count(family, words[^1]);
}

var people = new StringBuilder();
people.Append("# Given and family names of heads of state, ministers and officials, one word a line, from the\n");
people.Append("# PETRARCH2 dictionary Phoenix.Countries.actors.txt (entries generated from CountryInfo.txt; MIT licence,\n");
people.Append("# openeventdata/petrarch2). Built by tools/build-ner-names.cs; do not edit by hand.\n");
people.Append("# word<TAB>kind (given, family or both)\n");
foreach (var word in given.Keys.Union(family.Keys).Order(StringComparer.Ordinal))
{
    if (word.Length < 2 || Particles.Contains(word))
    {
        continue;
    }

    var kind = given.ContainsKey(word) && family.ContainsKey(word) ? "both" : given.ContainsKey(word) ? "given" : "family";
    people.Append(word).Append('\t').Append(kind).Append('\n');
}

File.WriteAllText(Path.Combine(outDir, "person-names.tsv"), people.ToString());

// Organisations: every phrase of Phoenix.MilNonState.actors.txt (armed non-state groups) and the primary phrases of
// Phoenix.International.actors.txt that carry their code on the same line (IGOs, NGOs, companies; its people carry
// dated codes on the lines below and are left out).
var orgs = new SortedSet<string>(StringComparer.Ordinal);
foreach (var line in File.ReadLines(Path.Combine(actors, "Phoenix.MilNonState.actors.txt")))
{
    if (line.Length > 0 && (char.IsLetter(line[0]) || line[0] == '+'))
    {
        AddOrg(orgs, line);
    }
}

foreach (var line in File.ReadLines(Path.Combine(actors, "Phoenix.International.actors.txt")))
{
    if (line.Length > 0 && char.IsLetter(line[0]) && Regex.IsMatch(line, @"^[^#\[]+\[[A-Z]{3}"))
    {
        AddOrg(orgs, line);
    }
}

// Actor dictionary rows: C = country (its names are places, never organisations), A = actor (id, name, country,
// sector, aliases, dated roles). Only the UCDP and curated (SUP) actors are new here; the PETRARCH ones are read above.
var countryNames = new HashSet<string>(StringComparer.Ordinal);
var actorRows = new List<string[]>();
using (var reader = new StreamReader(new GZipStream(File.OpenRead(actorDictionary), CompressionMode.Decompress)))
{
    for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
    {
        var fields = line.Split('\t');
        if (fields[0] == "C" && fields.Length >= 5)
        {
            foreach (var name in fields[4].Split('|').Append(fields[2]))
            {
                countryNames.Add(string.Join(' ', Words(name)).ToLowerInvariant());
            }
        }
        else if (fields[0] == "A" && fields.Length >= 6)
        {
            actorRows.Add(fields);
        }
    }
}

var actorOrgs = new SortedSet<string>(StringComparer.Ordinal);
foreach (var fields in actorRows)
{
    var id = fields[1];
    var sector = fields[4];
    var hasRoles = fields.Length > 6 && fields[6].Length > 0;
    var keep = (id.StartsWith("UCDP:", StringComparison.Ordinal) && sector != "Civilian" && !hasRoles)
        || (id.StartsWith("SUP:", StringComparison.Ordinal) && !hasRoles);
    if (keep)
    {
        foreach (var name in fields[5].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(fields[2]))
        {
            AddOrg(actorOrgs, name);
        }
    }
}

actorOrgs.ExceptWith(countryNames);
// One-word aliases that are also people's names ("Kim", a UCDP alias) would make every such person an organisation.
actorOrgs.RemoveWhere(name => !name.Contains(' ', StringComparison.Ordinal)
    && (given.ContainsKey(char.ToUpperInvariant(name[0]) + name[1..]) || family.ContainsKey(char.ToUpperInvariant(name[0]) + name[1..])));
orgs.UnionWith(actorOrgs);
var org = new StringBuilder();
org.Append("# Names of organisations, folded (lower case, words joined by one space), from the PETRARCH2 dictionaries\n");
org.Append("# Phoenix.MilNonState.actors.txt (all phrases) and Phoenix.International.actors.txt (primary phrases with a code\n");
org.Append("# on the same line); MIT licence, openeventdata/petrarch2. Also the organisations of data/actors/actors.tsv.gz:\n");
org.Append("# UCDP Actor Dataset 22.1 non-civilian actors (CC BY 4.0, Uppsala Conflict Data Program) and the curated\n");
org.Append("# supplement's organisations (data/actors/supplement.csv). Built by tools/build-ner-names.cs; do not edit by hand.\n");
foreach (var name in orgs)
{
    org.Append(name).Append('\n');
}

File.WriteAllText(Path.Combine(outDir, "org-names.tsv"), org.ToString());
Console.WriteLine($"{given.Count} given, {family.Count} family names; {orgs.Count} organisation names");

static void AddOrg(SortedSet<string> orgs, string line)
{
    var hash = line.IndexOf('#', StringComparison.Ordinal);
    var text = hash >= 0 ? line[..hash] : line;
    var bracket = text.IndexOf('[', StringComparison.Ordinal);
    text = bracket >= 0 ? text[..bracket] : text;
    text = Regex.Replace(text.TrimStart('+'), @"\([^)]*\)", " ");
    var words = Words(text);
    if (words.Count == 0 || words.Count > 8 || (words.Count == 1 && words[0].Length < 3))
    {
        return;
    }

    if (words[0] == "The")
    {
        words.RemoveAt(0);
    }

    if (words.Count > 0)
    {
        orgs.Add(string.Join(' ', words).ToLowerInvariant());
    }
}

static List<string> Words(string phrase)
{
    var words = new List<string>();
    foreach (var part in Regex.Split(phrase, @"[^\p{L}\p{N}]+"))
    {
        if (part.Length > 0)
        {
            words.Add(part.Length == 1 ? part : char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant());
        }
    }

    return words;
}

static void Count(Dictionary<string, int> map, string word) => map[word] = map.GetValueOrDefault(word) + 1;

internal static partial class Program
{
    // Name particles and honorifics that are not names by themselves.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "Al", "El", "Bin", "Ibn", "Abu", "De", "Da", "Di", "Del", "Der", "Van", "Von", "La", "Le", "Jr", "Sr", "Ii", "Iii", "Dr", "Mr", "Mrs", "Gen", "Sheikh",
    };
}
