#:property PublishAot=false
// Agreement between two independent event codings of the same one-sentence-a-line articles (data/events/ecb-gold/):
// mention F1, then, over events aligned through their matched mentions, agreement on each field, and B³ of the
// second coder's events against the first's. Mirrors EVALUATION.md's matching with a line as the sentence.
//   dotnet run tools/event-gold-agreement.cs -- ARTICLES_DIR FIRST.json SECOND.json [--articles a,b,c]
// Each JSON file is {"events": [...]} in gold.json's event schema (a gold.json works too). Only the articles of the
// second coding (or those listed) are compared.
using System.Globalization;
using System.Text.Json;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: ARTICLES_DIR FIRST.json SECOND.json [--articles a,b,c]");
    return 2;
}

var articlesDir = args[0];
var second = Coding.Load(args[2]);
var only = args.Length > 4 && args[3] == "--articles"
    ? args[4].Split(',').ToHashSet(StringComparer.Ordinal)
    : second.SelectMany(e => e.Mentions.Select(m => m.Article)).ToHashSet(StringComparer.Ordinal);
var first = Coding.Load(args[1]).Select(e => e with { Mentions = e.Mentions.Where(m => only.Contains(m.Article)).ToList() })
    .Where(e => e.Mentions.Count > 0).ToList();
second = second.Select(e => e with { Mentions = e.Mentions.Where(m => only.Contains(m.Article)).ToList() }).Where(e => e.Mentions.Count > 0).ToList();

var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
string[] LinesOf(string article) => lines.TryGetValue(article, out var l) ? l : lines[article] = File.ReadAllLines(Path.Combine(articlesDir, article + ".txt"));
HashSet<int> SentencesOf(Mention m) => m.Evidence.SelectMany(ev => LinesOf(m.Article).Select((l, i) => (l, i)).Where(p => p.l.Contains(ev, StringComparison.Ordinal)).Select(p => p.i)).ToHashSet();

var firstMentions = first.SelectMany(e => e.Mentions.Select(m => (Event: e, m.Article, Lines: SentencesOf(m)))).ToList();
var secondMentions = second.SelectMany(e => e.Mentions.Select(m => (Event: e, m.Article, Lines: SentencesOf(m)))).ToList();

// Best overlap first, each mention matched at most once (EVALUATION.md, "How a predicted event is matched").
var candidates = from a in firstMentions.Select((m, i) => (m, i))
                 from b in secondMentions.Select((m, i) => (m, i))
                 where a.m.Article == b.m.Article
                 let overlap = a.m.Lines.Intersect(b.m.Lines).Count()
                 where overlap > 0
                 orderby overlap descending, a.i, b.i
                 select (A: a.i, B: b.i);
var usedA = new HashSet<int>();
var usedB = new HashSet<int>();
var pairs = new List<(int A, int B)>();
foreach (var (a, b) in candidates)
{
    if (!usedA.Contains(a) && !usedB.Contains(b))
    {
        usedA.Add(a);
        usedB.Add(b);
        pairs.Add((a, b));
    }
}

var precision = secondMentions.Count == 0 ? 1 : (double)pairs.Count / secondMentions.Count;
var recall = firstMentions.Count == 0 ? 1 : (double)pairs.Count / firstMentions.Count;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"mentions: first {firstMentions.Count}, second {secondMentions.Count}, matched {pairs.Count}; F1 {F1(precision, recall):F3}"));

// Each second-coder event aligned to the first-coder event it shares most matched mentions with.
var aligned = second.Select(e => (Second: e, First: pairs.Where(p => secondMentions[p.B].Event == e)
        .GroupBy(p => firstMentions[p.A].Event).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault()))
    .Where(p => p.First is not null).ToList();
Console.WriteLine($"events: first {first.Count}, second {second.Count}, aligned {aligned.Count}");
Report("type", aligned.Count(p => p.First!.Types.Intersect(p.Second.Types).Any()), aligned.Count);
Report("kind", aligned.Count(p => p.First!.Kind == p.Second.Kind), aligned.Count);
Report("date", aligned.Count(p => p.First!.Date == p.Second.Date), aligned.Count);
Report("place country", aligned.Count(p => p.First!.Country == p.Second.Country), aligned.Count);
Report("place admin1", aligned.Count(p => string.Equals(p.First!.Admin1, p.Second.Admin1, StringComparison.OrdinalIgnoreCase)), aligned.Count);
Report("fatalities", aligned.Count(p => p.First!.Fatalities == p.Second.Fatalities), aligned.Count);

// B³ over matched mentions: the first coder's events are the classes, the second's the clusters.
var items = pairs.Select(p => (Class: firstMentions[p.A].Event, Cluster: secondMentions[p.B].Event)).ToList();
double bp = 0, br = 0;
foreach (var item in items)
{
    var sameCluster = items.Where(o => o.Cluster == item.Cluster).ToList();
    var sameClass = items.Where(o => o.Class == item.Class).ToList();
    bp += (double)sameCluster.Count(o => o.Class == item.Class) / sameCluster.Count;
    br += (double)sameClass.Count(o => o.Cluster == item.Cluster) / sameClass.Count;
}
if (items.Count > 0)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"B3 over matched mentions: F1 {F1(bp / items.Count, br / items.Count):F3}"));
}
return 0;

static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

static void Report(string field, int agreed, int total) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {field}: {agreed}/{total} = {(total == 0 ? 1 : (double)agreed / total):F3}"));

sealed record Mention(string Article, List<string> Evidence);

sealed record CodedEvent(string Id, List<string> Types, string? Kind, string? Date, string? Country, string? Admin1, string? Fatalities, List<Mention> Mentions);

static class Coding
{
    public static List<CodedEvent> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("events").EnumerateArray().Select(e => new CodedEvent(
            e.GetProperty("id").GetString()!,
            e.GetProperty("type").ValueKind == JsonValueKind.Array ? e.GetProperty("type").EnumerateArray().Select(t => t.GetString()!).ToList() : [e.GetProperty("type").GetString()!],
            Text(e, "kind"),
            e.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.Object ? $"{d.GetProperty("start")}..{d.GetProperty("end")}" : null,
            e.TryGetProperty("place", out var p) && p.ValueKind == JsonValueKind.Object ? Text(p, "country") : null,
            e.TryGetProperty("place", out var q) && q.ValueKind == JsonValueKind.Object ? Text(q, "admin1") : null,
            e.TryGetProperty("fatalities", out var f) && f.ValueKind == JsonValueKind.Object ? $"{f.GetProperty("min")}-{f.GetProperty("max")}" : null,
            e.GetProperty("mentions").EnumerateArray().Select(m => new Mention(m.GetProperty("article").GetString()!,
                m.GetProperty("evidence").EnumerateArray().Select(x => x.GetString()!).ToList())).ToList())).ToList();
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
