using System.Text;
using Sitrep.Ingest;
using Sitrep.Quantities;
using Sitrep.Tests.Ingest;
using Sitrep.Time;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Issue 23, the part of fuzzing that fits in the test run (the coverage-guided campaign is tools/Sitrep.Fuzz, run by
/// hand; see docs/hostile-input.md): each reader and grammar gets mutants of its real fixtures (deterministic seeds; bytes flipped, markup and quote
/// characters inserted, spans duplicated or cut) and must answer each with articles or diagnostics, never an
/// exception, within a generous deadline.
/// </summary>
public sealed class RandomInputTests
{
    private const int MutantsPerSeed = 60;

    private static readonly string[] Splices = ["<", ">", "</", "<div>", "\"", "\"\"", ",", "\n", "\r\n", "{", "}", "[", "]", ":", "\\", "\0", "&#", "<![CDATA[", "-->", "<!--", "\uFEFF", "\uD800", "é", "1", "0x", "99999999999999999999"];

    [Theory]
    [InlineData("articles.csv")]
    [InlineData("articles.jsonl")]
    [InlineData("feed.atom")]
    [InlineData("feed.rss")]
    [InlineData("many.json")]
    [InlineData("single.json")]
    [InlineData("strike-report.html")]
    [InlineData("no-article.html")]
    public async Task Mutated_inputs_give_articles_or_diagnostics_never_exceptions(string fixture)
    {
        var seed = await File.ReadAllBytesAsync(Path.Combine(IngestTestPaths.Fixtures, fixture));
        using var folder = new TempFolder();
        var random = new Random(fixture.GetHashCode(StringComparison.Ordinal) & 0x7fffffff);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        for (var i = 0; i < MutantsPerSeed; i++)
        {
            var path = folder.Write($"m{i}{Path.GetExtension(fixture)}", Mutate(seed, random));
            var outcomes = await ReaderRun.ReadAllAsync(path);
            Assert.NotEmpty(outcomes);
            Assert.False(deadline.IsCancellationRequested, $"mutant {i} of {fixture}: the readers took over 2 minutes");
        }
    }

    [Fact]
    public void Mutated_text_never_breaks_the_time_and_quantity_grammars()
    {
        var seed = "On Tuesday, March 3, 2026, at least 12 people were killed and dozens wounded; since Feb. 24 some 1,200 have fled, two weeks after the 5th attack.";
        var recognizer = new TimeExpressionRecognizer();
        var random = new Random(23);
        for (var i = 0; i < 500; i++)
        {
            var text = Encoding.UTF8.GetString(Mutate(Encoding.UTF8.GetBytes(seed), random));
            var times = recognizer.Recognize(text, new DateOnly(2026, 3, 5));
            Assert.All(times, t => Assert.InRange(t.Span.End, t.Span.Start, text.Length));
            var quantities = QuantityRecognizer.Recognize(text, []);
            Assert.All(quantities, q => Assert.InRange(q.Span.End, q.Span.Start, text.Length));
        }
    }

    // One to four edits: flip a byte, insert a splice, duplicate a span, or cut the tail.
    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        for (var edits = random.Next(1, 5); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Splices[random.Next(Splices.Length)]));
                    break;
                case 2:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 200));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}