using System.Globalization;
using System.Text;
using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// Time per stage against body size (<c>dotnet run -c Release --project bench/Sitrep.Bench -- profile-size [KB ...]</c>,
/// default 50 200 800): raw-VOA prose repeated to each size, analysed past the 300 K analysis cap (the document is
/// built directly) on one thread, three passes a size, the fastest pass of each stage kept (the machine is shared). A
/// stage that is linear keeps its ms per KB as the size grows; the "growth" column is ms/KB at that size over ms/KB at
/// the smallest. Compare builds by running both in the same session, one after the other.
/// </summary>
internal static class SizeProfile
{
    private const int Passes = 3;

    public static void Run(IReadOnlyList<int> sizesKb)
    {
        var pipeline = StandardPipeline.Create();
        var names = pipeline.Stages.Select(s => s.Name).ToArray();
        var prose = string.Join("\n\n", TextCorpus.Load());
        Analyse(pipeline, names, Prose(prose, 20)); // JIT and resource warm-up
        var perKb = new Dictionary<string, double>(StringComparer.Ordinal);
        Console.WriteLine($"{"KB",6} {"stage",-12} {"ms",10} {"ms/KB",8} {"growth",7}");
        foreach (var kb in sizesKb)
        {
            var text = Prose(prose, kb);
            var timings = Analyse(pipeline, names, text);
            for (var pass = 1; pass < Passes; pass++)
            {
                foreach (var (name, time) in Analyse(pipeline, names, text))
                {
                    timings[name] = time < timings[name] ? time : timings[name];
                }
            }

            foreach (var name in names.Append("total"))
            {
                var ms = name == "total" ? timings.Values.Sum(t => t.TotalMilliseconds) : timings[name].TotalMilliseconds;
                var rate = ms / kb;
                var growth = perKb.TryGetValue(name, out var first) && first > 0 ? rate / first : 1;
                perKb.TryAdd(name, rate);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kb,6} {name,-12} {ms,10:0} {rate,8:0.00} {growth,7:0.00}"));
            }
        }
    }

    private static Dictionary<string, TimeSpan> Analyse(AnalysisPipeline pipeline, string[] names, string text)
    {
        var timings = new StageTimings(names);
        pipeline.Process(new Document("size-profile", text, new DateOnly(2021, 3, 2), "Size profile"), timings);
        return timings.ToDictionary().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    // Whole articles repeated to the size, then cut at a paragraph so no sentence is torn.
    internal static string Prose(string corpus, int kb)
    {
        var builder = new StringBuilder(kb * 1024 + corpus.Length);
        while (builder.Length < kb * 1024)
        {
            builder.Append(corpus).Append("\n\n");
        }

        var text = builder.ToString(0, kb * 1024);
        var cut = text.LastIndexOf("\n\n", StringComparison.Ordinal);
        return cut > kb * 512 ? text[..cut] : text;
    }
}