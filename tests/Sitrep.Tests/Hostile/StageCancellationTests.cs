using Sitrep.Documents;
using Sitrep.Pipeline;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Issue 23: an article's time budget stops a stage inside its long loops, not only at the next stage boundary. Each
/// stage gets a body at the analysis cap (seconds of work for places, entities and times here) and a budget that runs
/// out a few milliseconds into the stage: it must give up with OperationCanceledException and add no layer. A stage
/// that checked the token only before starting would finish instead, and the test would fail. The budget is ended by a
/// dedicated thread, not a timer: a timer's callback waits for a thread-pool thread, and with the suite's tests running
/// in parallel it fired only after a stage had finished (CI, 2026-12-07); the class also runs alone for the same reason.
/// </summary>
[Collection(nameof(StageCancellationTests))]
public sealed class StageCancellationTests(StageCancellationTests.SlowDocumentFixture fixture) : IClassFixture<StageCancellationTests.SlowDocumentFixture>
{
    [Theory]
    [InlineData("times")]
    [InlineData("places")]
    [InlineData("entities")]
    [InlineData("actors")]
    public void A_stage_stops_inside_its_loops_when_the_budget_runs_out(string stageName)
    {
        var stages = fixture.Pipeline.Stages;
        var index = stages.IndexOf(stages.Single(s => s.Name == stageName));
        var document = fixture.DocumentBefore(index);
        var layersBefore = document.Layers.Count;

        using var budget = new CancellationTokenSource();
        var started = new ManualResetEventSlim();
        var canceller = new Thread(() =>
        {
            started.Wait();
            Thread.Sleep(5);
            budget.Cancel();
        })
        { IsBackground = true, Priority = ThreadPriority.Highest };
        canceller.Start();
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            started.Set();
            stages[index].Process(document, budget.Token);
        });
        canceller.Join();
        Assert.Equal(layersBefore, document.Layers.Count);
    }

    [Fact]
    public void A_stage_with_a_live_token_adds_its_layer()
    {
        var stages = fixture.Pipeline.Stages;
        var index = stages.IndexOf(stages.Single(s => s.Name == "places"));
        var document = fixture.DocumentBefore(index);
        stages[index].Process(document, CancellationToken.None);
        Assert.NotEmpty(document.Get<Sitrep.Geo.PlaceLayer>().Items);
    }

    /// <summary>The standard pipeline, and raw-VOA prose at the analysis cap with the layers of every stage up to actors.</summary>
    public sealed class SlowDocumentFixture
    {
        private readonly Document analysed;
        private readonly List<int> layersBeforeStage = [];

        public SlowDocumentFixture()
        {
            Pipeline = StandardPipeline.Create();
            var prose = string.Join("\n\n", Directory.GetFiles(Sitrep.Tests.Ingest.IngestTestPaths.CorpusArticles("raw-voa"), "*.txt")
                .Order(StringComparer.Ordinal).Select(File.ReadAllText));
            var text = string.Concat(Enumerable.Repeat(prose + "\n\n", (DocumentFactory.MaxAnalysedChars / prose.Length) + 1))[..DocumentFactory.MaxAnalysedChars];
            analysed = new Document("slow", text, new DateOnly(2021, 3, 2), "Slow");
            foreach (var stage in Pipeline.Stages.TakeWhile(s => s.Name != "events"))
            {
                layersBeforeStage.Add(analysed.Layers.Count);
                stage.Process(analysed);
            }
        }

        public AnalysisPipeline Pipeline { get; }

        /// <summary>A fresh document over the same text with the layers the stages before <paramref name="stageIndex"/> added.</summary>
        public Document DocumentBefore(int stageIndex)
        {
            var document = new Document(analysed.Id, analysed.Text, analysed.Published, analysed.Title);
            var add = typeof(Document).GetMethod(nameof(Document.Add))!;
            foreach (var layer in analysed.Layers.Take(layersBeforeStage[stageIndex]))
            {
                add.MakeGenericMethod(layer.GetType()).Invoke(document, [layer]);
            }

            return document;
        }
    }
}

/// <summary>Runs <see cref="StageCancellationTests"/> alone: its budgets are milliseconds long.</summary>
[CollectionDefinition(nameof(StageCancellationTests), DisableParallelization = true)]
public sealed class StageCancellationRunsAlone;