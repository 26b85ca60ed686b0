using System.CommandLine;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep bench CORPUS</c>: whole-pipeline throughput, memory and each stage's share of the time.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Argument<string>("corpus") { Description = "A folder of articles (or a gold corpus with articles/)." };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over the corpus, after one warm-up pass.", DefaultValueFactory = _ => 3 }.AtLeast(1);
        var threads = new Option<int>("--threads") { Description = "Analysis threads.", DefaultValueFactory = _ => Environment.ProcessorCount }.AtLeast(1);
        var json = CommonOptions.Json();

        var command = new Command(
            "bench",
            """
            Measure the analysis pipeline on a corpus: articles/s, tokens/s, peak memory and time per stage.
            Articles are read into memory first, so disk speed is not measured.

            Examples:
              sitrep bench ../shared/corpus/raw-voa --threads 1 --json
              sitrep bench ../shared/corpus/dev-voa --repeat 10
            """)
        {
            corpus, repeat, threads, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var articles = await CorpusArticles.ReadAsync(console, parse.GetRequiredValue(corpus), ct).ConfigureAwait(false);
            if (articles is null || articles.Count == 0)
            {
                console.Error("no articles to measure.");
                return ExitCodes.SomeFailed;
            }

            var pipeline = StandardPipeline.Create();
            var report = ThroughputMeter.Measure(pipeline, articles, parse.GetValue(repeat), parse.GetValue(threads), CountTokens, ct);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("articles", report.Articles);
                    writer.WriteNumber("tokens", report.Tokens);
                    writer.WriteNumber("repeat", report.Repeat);
                    writer.WriteNumber("seconds", Math.Round(report.Elapsed.TotalSeconds, 4));
                    writer.WriteNumber("articles_per_second", Math.Round(report.ArticlesPerSecond, 1));
                    writer.WriteNumber("tokens_per_second", Math.Round(report.TokensPerSecond, 0));
                    writer.WriteNumber("peak_memory_mb", Math.Round(report.PeakMemoryMb, 1));
                    writer.WriteNumber("threads", report.Threads);
                    writer.WriteStartObject("stages");
                    foreach (var (name, time) in report.Stages)
                    {
                        writer.WriteNumber(name, Math.Round(time.TotalSeconds, 4));
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            var summary = new Table().AddColumns("articles", "tokens", "threads", "repeat", "articles/s", "tokens/s", "peak MB");
            summary.AddRow(
                Fmt(report.Articles), Fmt(report.Tokens), Fmt(report.Threads), Fmt(report.Repeat),
                report.ArticlesPerSecond.ToString("N1", CultureInfo.InvariantCulture),
                report.TokensPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                report.PeakMemoryMb.ToString("N1", CultureInfo.InvariantCulture));
            console.Human.Write(summary);
            var total = report.Stages.Values.Sum(t => t.TotalSeconds);
            var stages = new Table().AddColumns("stage", "seconds", "share");
            foreach (var (name, time) in report.Stages)
            {
                stages.AddRow(
                    Markup.Escape(name),
                    time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture),
                    (total > 0 ? time.TotalSeconds / total : 0).ToString("P1", CultureInfo.InvariantCulture));
            }

            console.Human.Write(stages);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int CountTokens(Document document) => document.TryGet<TokenLayer>()?.Count ?? 0;

    private static string Fmt(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}