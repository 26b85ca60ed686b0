using Sitrep.Ingest;

namespace Sitrep.Cli;

/// <summary>Reads a corpus folder (or its <c>articles/</c> subfolder, as gold corpora lay it out) into memory.</summary>
internal static class CorpusArticles
{
    public static async Task<IReadOnlyList<Article>?> ReadAsync(CliConsole console, string corpus, CancellationToken ct)
    {
        var folder = Directory.Exists(Path.Combine(corpus, "articles")) ? Path.Combine(corpus, "articles") : corpus;
        if (!Directory.Exists(folder) && !File.Exists(folder))
        {
            console.Error($"{corpus}: no such file or folder.");
            return null;
        }

        using var http = InputReader.CreateHttpClient();
        var reader = new InputReader(http);
        var articles = new List<Article>();
        await foreach (var outcome in reader.ReadAsync(folder, ct).ConfigureAwait(false))
        {
            switch (outcome)
            {
                case ArticleRead read:
                    articles.Add(read.Article);
                    foreach (var warning in read.Warnings)
                    {
                        console.Warning(warning.ToString());
                    }

                    break;
                case ReadFailed failed:
                    console.Error(failed.Diagnostic.ToString());
                    break;
            }
        }

        return articles;
    }
}