using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Json;
using Sitrep.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep analyze FILE</c>: one document with every analysis layer.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "An article file (text, HTML, JSON) to analyse." };
        var json = CommonOptions.Json();
        var command = new Command(
            "analyze",
            """
            Analyse one article without storing it: sentences, entities (coloured by type), time expressions and quantities.
            --json prints the document with its layers in the shape ARCHITECTURE.md fixes.

            Examples:
              sitrep analyze samples/002_56decd7c35e1df04.txt
              sitrep analyze story.html --json
            """)
        {
            file, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var articles = await CorpusArticles.ReadAsync(console, parse.GetRequiredValue(file), ct).ConfigureAwait(false);
            if (articles is null || articles.Count == 0)
            {
                return ExitCodes.SomeFailed;
            }

            var pipeline = StandardPipeline.Create();
            var document = DocumentFactory.FromArticle(articles[0]);
            pipeline.Process(document, ct);
            if (parse.GetValue(json))
            {
                using var stream = new MemoryStream();
                DocumentJsonWriter.Write(stream, document);
                JsonOutput.WriteLine(console.Json, stream);
            }
            else
            {
                DocumentRenderer.Render(console.Human, document);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}