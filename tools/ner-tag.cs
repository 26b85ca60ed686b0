#:project ../src/Sitrep/Sitrep.csproj
// Prints the entities the shipped NER model and entity stage find in text files (one line per entity, with its
// type, title, role and organisation), for looking at what the tagger does on an article:
//   dotnet run tools/ner-tag.cs -- FILE...   (from the repository root)
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Ner;

var model = NerModel.LoadDefault() ?? throw new FileNotFoundException($"{NerModel.DefaultRelativePath} not found; run from the repository.");
var pipeline = new AnalysisPipelineBuilder().AddTextCore(model).Build();
foreach (var path in args)
{
    var document = new Document(Path.GetFileName(path), File.ReadAllText(path));
    pipeline.Process(document);
    Console.WriteLine($"== {path}");
    foreach (var e in document.Get<EntityLayer>().Entities)
    {
        Console.WriteLine($"{e.Type}\t{e.Span.Of(document.Text)}\t{e.Title}\t{e.Role}\t{e.Organization}");
    }
}
