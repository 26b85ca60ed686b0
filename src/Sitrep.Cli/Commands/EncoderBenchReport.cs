using System.Globalization;
using System.Text.Json;
using Sitrep.Encoder;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// The encoder's own line in <c>sitrep bench</c>: the share of sentences it encoded and its speed in sentences,
/// word pieces and words (tokens) per second of encoder time. Encoder time is summed over threads, so these are
/// rates per busy thread; spaCy's published CPU figures (en_core_web_trf 684 words/s, en_core_web_lg 10,014 words/s)
/// are per process on their machine.
/// </summary>
internal sealed record EncoderBenchReport(EncoderWorkload Workload, double Seconds, int Repeat)
{
    private const string StageName = "encoder";

    public double SentencesPerSecond => Rate(Workload.EncodedSentences);

    public double WordPiecesPerSecond => Rate(Workload.WordPieces);

    /// <summary>Tokens of the encoded sentences per encoder second.</summary>
    public double EncodedWordsPerSecond => Rate(Workload.EncodedTokens);

    /// <summary>Tokens of the whole corpus per encoder second: the rate at which the encoder gets through text, given its selection.</summary>
    public double CorpusWordsPerSecond => Rate(Workload.Tokens);

    /// <summary>Null when the pipeline has no encoder; otherwise one more (untimed) pass gives the workload.</summary>
    public static EncoderBenchReport? Measure(AnalysisPipeline pipeline, IReadOnlyList<Article> articles, ThroughputReport report, int threads, CancellationToken ct)
    {
        if (!report.Stages.TryGetValue(StageName, out var time))
        {
            return null;
        }

        var documents = AnalysisRunner.Analyze(pipeline, articles, threads, null, ct);
        return new EncoderBenchReport(EncoderWorkload.Of(documents), time.TotalSeconds, report.Repeat);
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(StageName);
        writer.WriteNumber("sentences", Workload.Sentences);
        writer.WriteNumber("encoded_sentences", Workload.EncodedSentences);
        writer.WriteNumber("encoded_share", Math.Round(Workload.EncodedShare, 4));
        writer.WriteNumber("windows", Workload.Windows);
        writer.WriteNumber("word_pieces", Workload.WordPieces);
        writer.WriteNumber("encoded_words", Workload.EncodedTokens);
        writer.WriteNumber("seconds", Math.Round(Seconds, 4));
        writer.WriteNumber("sentences_per_second", Math.Round(SentencesPerSecond, 1));
        writer.WriteNumber("word_pieces_per_second", Math.Round(WordPiecesPerSecond, 0));
        writer.WriteNumber("encoded_words_per_second", Math.Round(EncodedWordsPerSecond, 0));
        writer.WriteNumber("corpus_words_per_second", Math.Round(CorpusWordsPerSecond, 0));
        writer.WriteEndObject();
    }

    public void Write(IAnsiConsole console)
    {
        var table = new Table().AddColumns("encoder", "encoded", "share", "word pieces", "sentences/s", "word pieces/s", "words/s (encoded)", "words/s (corpus)");
        table.AddRow(
            "per pass",
            Workload.EncodedSentences.ToString("N0", CultureInfo.InvariantCulture) + " / " + Workload.Sentences.ToString("N0", CultureInfo.InvariantCulture),
            Workload.EncodedShare.ToString("P1", CultureInfo.InvariantCulture),
            Workload.WordPieces.ToString("N0", CultureInfo.InvariantCulture),
            SentencesPerSecond.ToString("N1", CultureInfo.InvariantCulture),
            WordPiecesPerSecond.ToString("N0", CultureInfo.InvariantCulture),
            EncodedWordsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
            CorpusWordsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private double Rate(long perPass) => Seconds > 0 ? perPass * (double)Repeat / Seconds : 0;
}