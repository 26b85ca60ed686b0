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
/// <c>Find</c> timed three times on one thread and the fastest kept. Both wall time and the process's CPU time are
/// given: on a shared machine the wall time of a pass includes the time other processes held the cores, the CPU time
/// does not (it does include the garbage collector's threads, part of the stage's cost). A linear stage keeps its CPU
/// ms per KB; "growth" is CPU ms/KB at that size over CPU ms/KB at the smallest. Earlier stages are left out of the
/// figure so that a 5 MB row costs the event stage's time, not minutes of entity and place analysis per pass.
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
        Console.WriteLine($"{"KB",6} {"mentions",9} {"wall ms",9} {"CPU ms",9} {"CPU ms/KB",10} {"growth",7}");
        foreach (var kb in sizesKb)
        {
            var document = Prepared(upToEvents, SizeProfile.Prose(prose, kb));
            var (wall, cpu, mentions) = Time(stage, document);
            for (var pass = 1; pass < Passes; pass++)
            {
                var (w, c, _) = Time(stage, document);
                wall = w < wall ? w : wall;
                cpu = c < cpu ? c : cpu;
            }

            var rate = cpu.TotalMilliseconds / kb;
            firstRate ??= rate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kb,6} {mentions,9} {wall.TotalMilliseconds,9:0} {cpu.TotalMilliseconds,9:0} {rate,10:0.00} {rate / firstRate.Value,7:0.00}"));
        }
    }

    private static Document Prepared(AnalysisPipeline upToEvents, string text)
    {
        var document = new Document("event-size-profile", text, new DateOnly(2021, 3, 2), "Event size profile");
        upToEvents.Process(document);
        return document;
    }

    private static (TimeSpan Wall, TimeSpan Cpu, int Mentions) Time(EventMentionStage stage, Document document)
    {
        // A collection left over from preparing the document is not the stage's cost.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var mentions = stage.Find(document).Mentions.Count;
        var wall = watch.Elapsed;
        process.Refresh();
        return (wall, process.TotalProcessorTime - cpu, mentions);
    }
}