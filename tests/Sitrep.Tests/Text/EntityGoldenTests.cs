using System.Globalization;
using System.Text;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Ingest;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>
/// Pins every entity (span, type, title, role, organisation, link) the text core finds in the shared corpora, so
/// speed work on the entity stage cannot change a single output. Regenerate (only on purpose) with
/// SITREP_UPDATE_GOLDEN=1 (<see cref="GoldenFiles"/>).
/// </summary>
public sealed class EntityGoldenTests
{
    private static readonly string[] Corpora = ["raw-voa", "dev", "dev-voa"];

    public static TheoryData<string> CorpusNames() => [.. Corpora];

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public async Task Entity_layer_matches_the_golden_file(string corpus)
    {
        var shared = Path.Combine(TestPaths.Shared, "corpus");
        var model = NerModel.LoadDefault(new GeoNerGazetteer(Gazetteer.LoadDefault()));
        Assert.NotNull(model);

        var pipeline = new AnalysisPipelineBuilder().AddTextCore(model).Build();
        using var client = InputReader.CreateHttpClient();
        var reader = new InputReader(client);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var lines = new List<string>();
        await foreach (var outcome in reader.ReadAsync(Path.Combine(shared, corpus, "articles"), cts.Token))
        {
            if (outcome is not ArticleRead read)
            {
                continue;
            }

            var document = DocumentFactory.FromArticle(read.Article);
            pipeline.Process(document);
            foreach (var e in document.Get<EntityLayer>().Entities)
            {
                lines.Add(string.Join('\t',
                    read.Article.Id,
                    e.Span.Start.ToString(CultureInfo.InvariantCulture),
                    e.Span.End.ToString(CultureInfo.InvariantCulture),
                    e.Type.ToString(),
                    e.Title ?? "-",
                    e.Role ?? "-",
                    e.Organization ?? "-",
                    e.Link?.ToString(CultureInfo.InvariantCulture) ?? "-",
                    document.Text[e.Span.Start..e.Span.End].ReplaceLineEndings(" ")));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        var actual = string.Join('\n', lines) + "\n";
        var golden = Path.Combine(TextTestData.RepoRoot, "tests", "Sitrep.Tests", "Text", "Golden", $"entities-{corpus}.tsv");
        if (GoldenFiles.Regenerate)
        {
            await File.WriteAllTextAsync(golden, actual, new UTF8Encoding(false));
        }

        Assert.True(lines.Count > 0, $"no entities in {corpus}");
        var expected = (await File.ReadAllTextAsync(golden)).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}