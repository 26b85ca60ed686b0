using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Reads the gold corpora a training or cross-validation verb is given, analysed by every stage before the event stage
/// (and by the encoder on every sentence unless it is off), reporting each problem and each corpus read.
/// </summary>
internal static class GoldCorporaLoader
{
    public static async Task<IReadOnlyList<AnalysedCorpus>?> LoadAsync(CliConsole console, IReadOnlyList<string> folders, string encode, string precision, CancellationToken ct)
    {
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                console.Error($"{folder}: no such corpus folder (expected articles/ and gold.json inside).");
                return null;
            }
        }

        var pipeline = EncoderOptions.Compose(
            StandardPipeline.UpToEvents(Sitrep.Geo.Gazetteer.LoadDefault(ct), Sitrep.Actors.ActorDictionary.LoadDefault(ct)).Build(),
            encode == "none" ? "none" : "all",
            precision);
        using var http = InputReader.CreateHttpClient();
        var reader = new InputReader(http);
        var corpora = new List<AnalysedCorpus>();
        foreach (var folder in folders)
        {
            var diagnostics = new List<Diagnostic>();
            var corpus = await AnalysedCorpus.LoadAsync(folder, pipeline, reader, TimeProvider.System, diagnostics, ct).ConfigureAwait(false);
            EvalCommand.Report(console, diagnostics);
            if (corpus is null)
            {
                return null;
            }

            console.Errors.MarkupLine($"[grey]{Markup.Escape(corpus.Gold.Name)}: {corpus.Documents.Count} stories, {corpus.Gold.Events.Count} gold events analysed[/]");
            corpora.Add(corpus);
        }

        return corpora;
    }
}