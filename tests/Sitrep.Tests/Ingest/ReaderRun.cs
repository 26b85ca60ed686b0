using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

/// <summary>Runs an <see cref="InputReader"/> over one input and collects what it produced.</summary>
internal static class ReaderRun
{
    public static async Task<IReadOnlyList<ReadOutcome>> ReadAllAsync(string input, InputReaderOptions? options = null, HttpClient? client = null)
    {
        // These tests' servers listen on loopback, which the fetch policy refuses unless a test server is declared.
        options = (options ?? new InputReaderOptions()) with { AllowLoopback = true };
        using var ownClient = client is null ? InputReader.CreateHttpClient(options) : null;
        var reader = new InputReader(client ?? ownClient!, options);
        var outcomes = new List<ReadOutcome>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var outcome in reader.ReadAsync(input, cts.Token))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    public static async Task<Article> ReadOneAsync(string input, InputReaderOptions? options = null)
    {
        var outcomes = await ReadAllAsync(input, options);
        var read = Assert.IsType<ArticleRead>(Assert.Single(outcomes));
        return read.Article;
    }

    public static async Task<Diagnostic> FailOneAsync(string input, InputReaderOptions? options = null)
    {
        var outcomes = await ReadAllAsync(input, options);
        var failed = Assert.IsType<ReadFailed>(Assert.Single(outcomes));
        return failed.Diagnostic;
    }

    public static IReadOnlyList<Article> Articles(this IEnumerable<ReadOutcome> outcomes) =>
        outcomes.OfType<ArticleRead>().Select(r => r.Article).ToList();

    public static IReadOnlyList<Diagnostic> Failures(this IEnumerable<ReadOutcome> outcomes) =>
        outcomes.OfType<ReadFailed>().Select(r => r.Diagnostic).ToList();
}