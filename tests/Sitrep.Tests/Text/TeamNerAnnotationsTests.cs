using Sitrep.Text.Lexicon;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

public sealed class TeamNerAnnotationsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"sitrep-team-ner-{Guid.NewGuid():N}");

    public TeamNerAnnotationsTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "voa"));
        Directory.CreateDirectory(Path.Combine(folder, "ecb"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Voa_offsets_are_into_the_article_and_places_become_gpe()
    {
        // The sentence starts at article offset 100; "Kabul" is at 100..105, "Ahmad Shah" at 118..128.
        File.WriteAllText(Path.Combine(folder, "voa", "voa-1.jsonl"),
            """{"article":"voa-1","sentence":3,"start":100,"end":133,"text":"Kabul police said Ahmad Shah left.","entities":[{"start":100,"end":105,"type":"LOC","text":"Kabul"},{"start":118,"end":128,"type":"PER","text":"Ahmad Shah"}]}""" + "\n");
        var diagnostics = new List<Diagnostic>();

        var sentence = Assert.Single(Read(diagnostics)).Sentence;

        Assert.Empty(diagnostics);
        Assert.Equal(["Kabul", "police", "said", "Ahmad", "Shah", "left", "."], sentence.Words.ToArray());
        Assert.Equal(["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O"], sentence.Labels.ToArray());
        Assert.Equal("voa", sentence.Corpus);
    }

    [Fact]
    public void Ecb_documents_of_one_topic_share_their_split()
    {
        foreach (var document in new[] { "7_1ecb", "7_2ecbplus", "7_11ecb" })
        {
            File.WriteAllText(Path.Combine(folder, "ecb", document + ".jsonl"),
                $$"""{"document":"{{document}}","sentence":0,"text":"The Lakers won .","entities":[{"start":4,"end":10,"type":"ORG","text":"Lakers"}]}""" + "\n");
        }

        var read = Read([]);

        Assert.Equal(3, read.Count);
        Assert.Single(read.Select(r => r.Split).Distinct());
        Assert.All(read, r => Assert.Equal(["O", "B-ORG", "O", "O"], r.Sentence.Labels.ToArray()));
        Assert.Equal("ecb-topic-7", TeamNerAnnotations.GroupOf(TeamNerAnnotations.Ecb, "7_2ecbplus"));
    }

    [Fact]
    public void The_split_holds_out_about_one_story_in_five_and_is_stable()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => $"voa-{i}").ToList();
        var heldOut = ids.Count(TeamNerAnnotations.IsHeldOut);
        Assert.InRange(heldOut, 150, 250);
        Assert.Equal(heldOut, ids.Count(TeamNerAnnotations.IsHeldOut));
    }

    [Fact]
    public void A_broken_line_is_an_error_naming_file_and_line()
    {
        var path = Path.Combine(folder, "voa", "voa-2.jsonl");
        File.WriteAllText(path, """{"article":"voa-2","sentence":0,"start":0,"end":3,"text":"Hi.","entities":[]}""" + "\n{\"article\": 5\n");
        var diagnostics = new List<Diagnostic>();

        var read = Read(diagnostics);

        Assert.Single(read);
        var error = Assert.Single(diagnostics);
        Assert.Equal(path, error.Input);
        Assert.Equal("line 2", error.Location);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
    }

    [Fact]
    public void An_entity_outside_its_sentence_is_an_error_and_skipped()
    {
        File.WriteAllText(Path.Combine(folder, "voa", "voa-3.jsonl"),
            """{"article":"voa-3","sentence":0,"start":0,"end":10,"text":"Rome fell.","entities":[{"start":40,"end":44,"type":"LOC","text":"Rome"}]}""" + "\n");
        var diagnostics = new List<Diagnostic>();

        var sentence = Assert.Single(Read(diagnostics)).Sentence;

        Assert.All(sentence.Labels, l => Assert.Equal("O", l));
        Assert.Contains("entities", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    private List<(NerSentence Sentence, NerSplit Split, string Group)> Read(List<Diagnostic> diagnostics) =>
        new TeamNerAnnotations(TestTables.Loaded.Words).ReadAll(folder, diagnostics, CancellationToken.None);
}