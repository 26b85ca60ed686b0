// Writes `batches` batches of `batchSize` synthetic articles into the store at `db`, printing "committed N" after each
// batch's transaction commits and "done new=… duplicate=… syndicated=…" at the end. The crash test kills it mid-run.
// The articles are a pure function of (batch, item), so a second run re-offers exactly the same ones.
using System.Globalization;

using Sitrep.Ingest;
using Sitrep.Storage;

if (args.Length != 3
    || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var batches)
    || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var batchSize))
{
    await Console.Error.WriteLineAsync("usage: Sitrep.StoreCrashHost DB BATCHES BATCH_SIZE");
    return 2;
}

await using var store = await SqliteArticleStore.OpenAsync(args[0], TimeProvider.System, CancellationToken.None);
var counts = new Dictionary<StoreOutcomeKind, int>();
for (var batch = 0; batch < batches; batch++)
{
    var articles = Enumerable.Range(0, batchSize).Select(item => SyntheticArticles.Make(batch, item)).ToArray();
    foreach (var outcome in await store.AddArticlesAsync(articles, CancellationToken.None))
    {
        counts[outcome.Kind] = counts.GetValueOrDefault(outcome.Kind) + 1;
    }

    Console.WriteLine($"committed {batch}");
}

Console.WriteLine($"done new={counts.GetValueOrDefault(StoreOutcomeKind.New)} duplicate={counts.GetValueOrDefault(StoreOutcomeKind.Duplicate)} syndicated={counts.GetValueOrDefault(StoreOutcomeKind.Syndicated)}");
return 0;

/// <summary>Deterministic synthetic articles: unrelated bodies, each with a unique searchable token.</summary>
internal static class SyntheticArticles
{
    public static Article Make(int batch, int item)
    {
        var id = $"crash-{batch:D4}-{item:D3}";
        var random = new Random((batch * 10_000) + item);
        var words = Enumerable.Range(0, 150).Select(_ => "w" + random.Next(5000).ToString(CultureInfo.InvariantCulture));
        var body = id.Replace("-", "", StringComparison.Ordinal) + " " + string.Join(' ', words) + ".";
        return new Article(id, body, new ArticleOrigin(Path: $"synthetic/{id}.txt"))
        {
            Title = $"Batch {batch} item {item}",
            Published = new DateOnly(2026, 1, 1).AddDays(batch),
            Outlet = "Crash Test Wire",
        };
    }
}