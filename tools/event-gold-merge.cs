#:property PublishAot=false
// Merges per-topic event codings ({"topic": N, "events": [...]}) into one gold.json in EVALUATION.md's shape, with an
// "articles" entry for every article in the corpus folder (published and outlet unknown: ECB+ gives neither):
//   dotnet run tools/event-gold-merge.cs -- CORPUS_DIR ABOUT_FILE CODING_DIR...
// CORPUS_DIR holds articles/; ABOUT_FILE is the text of gold.json's "about"; topic files are read in name order.
using System.Text.Json;
using System.Text.Json.Nodes;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: CORPUS_DIR ABOUT_FILE CODING_DIR...");
    return 2;
}

var corpus = args[0];
var articles = new JsonObject();
foreach (var file in Directory.GetFiles(Path.Combine(corpus, "articles"), "*.txt").Order(StringComparer.Ordinal))
{
    articles[Path.GetFileNameWithoutExtension(file)] = new JsonObject { ["published"] = null, ["outlet"] = null };
}

var events = new JsonArray();
var ids = new HashSet<string>(StringComparer.Ordinal);
foreach (var dir in args.Skip(2))
{
    foreach (var file in Directory.GetFiles(dir, "topic-*.json").Order(StringComparer.Ordinal))
    {
        var coding = JsonNode.Parse(File.ReadAllText(file))!;
        foreach (var e in coding["events"]!.AsArray())
        {
            var id = e!["id"]!.GetValue<string>();
            if (!ids.Add(id))
            {
                Console.Error.WriteLine($"{file}: event id {id} is used twice");
                return 1;
            }
            foreach (var m in e["mentions"]!.AsArray())
            {
                if (!articles.ContainsKey(m!["article"]!.GetValue<string>()))
                {
                    Console.Error.WriteLine($"{file}: event {id} cites {m["article"]}, which is not in {corpus}/articles");
                    return 1;
                }
            }
            events.Add(e.DeepClone());
        }
    }
}

var gold = new JsonObject
{
    ["about"] = File.ReadAllText(args[1]).Trim(),
    ["articles"] = articles,
    ["events"] = events,
};
File.WriteAllText(Path.Combine(corpus, "gold.json"), gold.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
Console.WriteLine($"{articles.Count} articles, {events.Count} events → {Path.Combine(corpus, "gold.json")}");
return 0;
