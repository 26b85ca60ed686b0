using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep bench CORPUS</c>: whole-pipeline throughput, memory and each stage's share of the time.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Argument<string>("corpus") { Description = "A folder of articles (or a gold corpus with articles/)." };
        var repeat = new Option<int>("--repeat") { Description = "Timed passes over the corpus, after the warm-up passes.", DefaultValueFactory = _ => 3 }.AtLeast(1);
        var warmUp = new Option<int>("--warmup")
        {
            Description = "Untimed passes before the timed ones (JIT tiering needs a few to reach its optimised code).",
            DefaultValueFactory = _ => 1,
        }.AtLeast(1);
        var threads = new Option<int>("--threads") { Description = "Analysis threads.", DefaultValueFactory = _ => Environment.ProcessorCount }.AtLeast(1);
        var textCore = new Option<bool>("--text-core")
        {
            Description = "Measure only the text core (tokenizer, sentences, entities), as bench/peers/run.sh compares it with wink-nlp.",
        };
        var textsOut = new Option<string?>("--texts-out")
        {
            Description = "Also write the analysed texts as JSON lines ({\"id\", \"text\"}), so peers can be run on exactly the same texts.",
            HelpName = "FILE",
        };
        var json = CommonOptions.Json();

        var command = new Command(
            "bench",
            """
            Measure the analysis pipeline on a corpus: articles/s, tokens/s, peak memory and time per stage.
            Articles are read into memory first, so disk speed is not measured. Stage seconds are summed over
            all timed passes (and threads); seconds_per_pass is the wall-clock time of one pass.

            Examples:
              sitrep bench corpus/raw-voa --threads 1 --json
              sitrep bench corpus/dev-voa --repeat 10
              sitrep bench corpus/raw-voa --text-core --threads 1 --json
            """)
        {
            corpus, repeat, warmUp, threads, textCore, textsOut, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var articles = await CorpusArticles.ReadAsync(console, parse.GetRequiredValue(corpus), ct).ConfigureAwait(false);
            if (articles is null || articles.Count == 0)
            {
                console.Error("no articles to measure.");
                return ExitCodes.SomeFailed;
            }

            if (parse.GetValue(textsOut) is { } textsPath)
            {
                await WriteTextsAsync(textsPath, articles, ct).ConfigureAwait(false);
            }

            var onlyTextCore = parse.GetValue(textCore);
            var pipeline = onlyTextCore
                ? StandardPipeline.CreateTextCore(ct)
                : StandardPipeline.Create();
            // ThroughputMeter runs one warm-up pass itself.
            for (var i = 1; i < parse.GetValue(warmUp); i++)
            {
                AnalysisRunner.Analyze(pipeline, articles, parse.GetValue(threads), null, ct);
            }

            using var self = System.Diagnostics.Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var report = ThroughputMeter.Measure(pipeline, articles, parse.GetValue(repeat), parse.GetValue(threads), CountTokens, ct);
            self.Refresh();

            // Processor time of the process (all its threads) per pass: less disturbed than wall-clock time on a shared
            // machine. Measure runs one more (untimed, already warm) pass than it times, so the time is shared by repeat + 1.
            var cpuPerPass = (self.TotalProcessorTime - cpuBefore).TotalSeconds / (report.Repeat + 1);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console.Json, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("pipeline", onlyTextCore ? "text-core" : "standard");
                    writer.WriteNumber("articles", report.Articles);
                    writer.WriteNumber("tokens", report.Tokens);
                    writer.WriteNumber("chars", articles.Sum(a => (long)a.Body.Length));
                    writer.WriteNumber("warmup", parse.GetValue(warmUp));
                    writer.WriteNumber("repeat", report.Repeat);
                    writer.WriteNumber("seconds", Math.Round(report.Elapsed.TotalSeconds, 4));
                    writer.WriteNumber("seconds_per_pass", Math.Round(report.Elapsed.TotalSeconds / report.Repeat, 6));
                    writer.WriteNumber("cpu_seconds_per_pass", Math.Round(cpuPerPass, 6));
                    writer.WriteNumber("articles_per_second", Math.Round(report.ArticlesPerSecond, 1));
                    writer.WriteNumber("tokens_per_second", Math.Round(report.TokensPerSecond, 0));
                    writer.WriteNumber("peak_memory_mb", Math.Round(report.PeakMemoryMb, 1));
                    writer.WriteNumber("threads", report.Threads);
                    writer.WriteStartObject("stages"); // seconds summed over the timed passes and threads
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
            var stages = new Table().AddColumns("stage", $"seconds ({Fmt(report.Repeat)} passes)", "share");
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

    // The texts exactly as the pipeline reads them (the body, without the date line and headline), one JSON object a line.
    private static async Task WriteTextsAsync(string path, IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            foreach (var article in articles)
            {
                using var line = new MemoryStream();
                using (var writer = new Utf8JsonWriter(line))
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", article.Id);
                    writer.WriteString("text", article.Body);
                    writer.WriteEndObject();
                }

                line.WriteByte((byte)'\n');
                await stream.WriteAsync(line.GetBuffer().AsMemory(0, (int)line.Length), ct).ConfigureAwait(false);
            }
        }
    }

    private static int CountTokens(Document document) => document.TryGet<TokenLayer>()?.Count ?? 0;

    private static string Fmt(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}