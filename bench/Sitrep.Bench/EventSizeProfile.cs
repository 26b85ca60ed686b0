using System.Diagnostics;
using System.Globalization;
using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// Time of the event stage alone against body size (<c>dotnet run -c Release --project bench/Sitrep.Bench --
/// profile-events [KB ...]</c>, default 50 200 1000 5000): raw-VOA prose repeated to each size (as
/// <see cref="SizeProfile"/>, past the 300 K analysis cap), every earlier stage run once, then the event stage's
/// <c>Find</c> timed three times on one thread and the fastest kept (the machine is shared). A linear stage keeps its
/// ms per KB; "growth" is ms/KB at that size over ms/KB at the smallest. Earlier stages are left out of the figure so
/// that a 5 MB row costs the event stage's time, not minutes of entity and place analysis per pass.
/// </summary>
internal static class EventSizeProfile
{
    private const int Passes = 3;

    public static void Run(IReadOnlyList<int> sizesKb)
    {
        var upToEvents = StandardPipeline.UpToEvents(Gazetteer.LoadDefault(), ActorDictionary.LoadDefault()).Build();
        var stage = new EventMentionStage(TriggerLexicon.LoadDefault());
        var prose = string.Join("\n\n", TextCorpus.Load());
        Time(stage, Prepared(upToEvents, SizeProfile.Prose(prose, 20))); // JIT and resource warm-up
        double? firstRate = null;
        Console.WriteLine($"{"KB",6} {"mentions",9} {"events ms",10} {"ms/KB",8} {"growth",7}");
        foreach (var kb in sizesKb)
        {
            var document = Prepared(upToEvents, SizeProfile.Prose(prose, kb));
            var (best, mentions) = Time(stage, document);
            for (var pass = 1; pass < Passes; pass++)
            {
                var (elapsed, _) = Time(stage, document);
                best = elapsed < best ? elapsed : best;
            }

            var rate = best.TotalMilliseconds / kb;
            firstRate ??= rate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kb,6} {mentions,9} {best.TotalMilliseconds,10:0} {rate,8:0.00} {rate / firstRate.Value,7:0.00}"));
        }
    }

    private static Document Prepared(AnalysisPipeline upToEvents, string text)
    {
        var document = new Document("event-size-profile", text, new DateOnly(2021, 3, 2), "Event size profile");
        upToEvents.Process(document);
        return document;
    }

    private static (TimeSpan Elapsed, int Mentions) Time(EventMentionStage stage, Document document)
    {
        var watch = Stopwatch.StartNew();
        var mentions = stage.Find(document).Mentions.Count;
        return (watch.Elapsed, mentions);
    }
}