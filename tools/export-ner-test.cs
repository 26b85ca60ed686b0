#:project ../src/Sitrep.Tooling/Sitrep.Tooling.csproj
#:property PublishAot=false
// Writes the held-out NER sentences as JSON lines {corpus, text, gold, sitrep} with character offsets, Sitrep's
// entities from the full text pipeline, for tools/ner-peers.mjs to score compromise beside it:
//   dotnet run tools/export-ner-test.cs -- ../shared/data /tmp/ner-test.jsonl [data/ner/model.bin]
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Ner;

var shared = args.Length > 0 ? args[0] : "../shared/data";
var output = args.Length > 1 ? args[1] : "ner-test.jsonl";
var modelPath = args.Length > 2 ? args[2] : NerModel.DefaultRelativePath;
var model = NerModel.LoadWithResources(modelPath);
var pipeline = new AnalysisPipelineBuilder().AddTextCore(model).Build();
using var writer = new StreamWriter(output);
var count = 0;
foreach (var sentence in NerTrainer.ReadSharedTestSentences(shared, CancellationToken.None))
{
    var text = string.Join(' ', sentence.Words);
    var starts = new int[sentence.Words.Length];
    for (int i = 0, offset = 0; i < starts.Length; offset += sentence.Words[i].Length + 1, i++)
    {
        starts[i] = offset;
    }

    var gold = new List<object>();
    for (var i = 0; i < sentence.Labels.Length; i++)
    {
        if (!sentence.Labels[i].StartsWith("B-", StringComparison.Ordinal))
        {
            continue;
        }

        var end = i + 1;
        while (end < sentence.Labels.Length && sentence.Labels[end].StartsWith("I-", StringComparison.Ordinal))
        {
            end++;
        }

        gold.Add(new { start = starts[i], end = starts[end - 1] + sentence.Words[end - 1].Length, type = sentence.Labels[i][2..] });
    }

    var document = new Document("s" + count, text);
    pipeline.Process(document);
    var ours = document.Get<EntityLayer>().Entities.Select(e => new { start = e.Span.Start, end = e.Span.End, type = EntityTypeNames.NameOf(e.Type) });
    writer.WriteLine(JsonSerializer.Serialize(new { corpus = sentence.Corpus, text, gold, sitrep = ours }));
    count++;
}

Console.WriteLine($"{count} sentences written to {output}");
