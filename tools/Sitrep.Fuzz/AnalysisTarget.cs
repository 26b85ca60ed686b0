using System.Text;
using Sitrep.Documents;
using Sitrep.Ingest;
using Sitrep.Json;
using Sitrep.Pipeline;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Fuzz;

/// <summary>
/// The analysis of one document, every stage, as <c>sitrep ingest</c> runs it on a stored body; and the time and
/// quantity grammars alone, which are cheap enough to reach many more inputs a second.
/// </summary>
internal static class AnalysisTarget
{
    // The bundled resources load once per fuzzing process (a few seconds); afl's first exec pays for it.
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(StandardPipeline.Create);
    private static readonly Lazy<TimeExpressionRecognizer> Times = new(() => new TimeExpressionRecognizer());

    public static void Analyse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var article = new Article("fuzz", text, new ArticleOrigin(Path: "/fuzz/input")) { Published = new DateOnly(2026, 3, 5), Title = "Fuzz" };
        var document = DocumentFactory.FromArticle(article);
        Pipeline.Value.Process(document);
        DocumentJsonWriter.Write(Stream.Null, document);
    }

    public static void Grammars(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        foreach (var time in Times.Value.Recognize(text, new DateOnly(2026, 3, 5)))
        {
            Check(time.Span.Start, time.Span.End, text, "time expression");
        }

        foreach (var quantity in QuantityRecognizer.Recognize(text, []))
        {
            Check(quantity.Span.Start, quantity.Span.End, text, "quantity");
        }
    }

    private static void Check(int start, int end, string text, string what)
    {
        if (start < 0 || end < start || end > text.Length)
        {
            throw new InvalidOperationException($"{what} span [{start}, {end}) outside the text of {text.Length} characters");
        }
    }
}