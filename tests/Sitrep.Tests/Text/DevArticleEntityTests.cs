using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Text.Ner;
using Xunit.Abstractions;

namespace Sitrep.Tests.Text;

/// <summary>
/// The shipped model on the two dev articles against entity lists written down by hand: every person with the title,
/// role and organisation the text gives them, and every organisation. The floors guard against regressions; the
/// printed misses say what is still wrong.
/// </summary>
public sealed partial class DevArticleEntityTests(ITestOutputHelper output)
{
    private static readonly string[] Articles = ["000_", "002_"];

    // (article prefix, name, type, title, role, org): null title/role/org = not checked.
    private static readonly (string Article, string Name, EntityType Type, string? Title, string? Role, string? Org)[] Expected =
    [
        ("000_", "Francis Donovan", EntityType.Person, "General", "Commander", "SOUTHCOM"),
        ("000_", "Pete Hegseth", EntityType.Person, null, "chief", "Pentagon"),
        ("000_", "Sean Parnell", EntityType.Person, null, "spokesman", "Pentagon"),
        ("000_", "Daniel Noboa", EntityType.Person, "President", null, null),
        ("000_", "Mono Tole", EntityType.Person, null, "leader", "CDF"),
        ("000_", "Trump", EntityType.Person, "President", null, null),
        ("000_", "Mark Schafer", EntityType.Person, null, "head", "U.S. Special Operations"),
        ("000_", "U.S. Southern Command", EntityType.Org, null, null, null),
        ("000_", "SOUTHCOM", EntityType.Org, null, null, null),
        ("000_", "Pentagon", EntityType.Org, null, null, null),
        ("000_", "Department of War", EntityType.Org, null, null, null),
        ("000_", "FARC", EntityType.Org, null, null, null),
        ("000_", "CDF", EntityType.Org, null, null, null),
        ("000_", "Border Commandos", EntityType.Org, null, null, null),
        ("000_", "Instagram", EntityType.Org, null, null, null),
        ("000_", "Defense Ministry", EntityType.Org, null, null, null),
        ("000_", "U.S. Special Operations", EntityType.Org, null, null, null),
        ("002_", "Sean Parnell", EntityType.Person, null, "spokesperson", "Pentagon"),
        ("002_", "Francis Donovan", EntityType.Person, "General", "Commander", "SOUTHCOM"),
        ("002_", "Francis L. Donovan", EntityType.Person, "General", "Commander", "SOUTHCOM"),
        ("002_", "Nicolás Maduro", EntityType.Person, "President", null, null),
        ("002_", "Donald Trump", EntityType.Person, "President", null, null),
        ("002_", "U.S. Southern Command", EntityType.Org, null, null, null),
        ("002_", "Comandos de la Frontera", EntityType.Org, null, null, null),
        ("002_", "Department of War", EntityType.Org, null, null, null),
        ("002_", "Department of Defense", EntityType.Org, null, null, null),
        ("002_", "SOUTHCOM", EntityType.Org, null, null, null),
        ("002_", "Border Command", EntityType.Org, null, null, null),
        ("002_", "FARC", EntityType.Org, null, null, null),
        ("002_", "Insight Crime", EntityType.Org, null, null, null),
        ("002_", "Los Lobos", EntityType.Org, null, null, null),
        ("002_", "Los Choneros", EntityType.Org, null, null, null),
        ("002_", "Politico", EntityType.Org, null, null, null),
    ];

    [Fact]
    public void Finds_people_with_titles_and_organisations_in_the_dev_articles()
    {
        var model = NerModel.LoadDefault();
        var shared = TextTestData.SharedDirectory;
        if (model is null || shared is null)
        {
            output.WriteLine("model or shared corpus missing; nothing to measure");
            return;
        }

        var pipeline = new AnalysisPipelineBuilder().AddTextCore(model).Build();
        int people = 0, peopleFound = 0, peopleDescribed = 0, orgs = 0, orgsFound = 0;
        foreach (var article in Articles)
        {
            var path = Directory.GetFiles(Path.Combine(shared, "corpus", "dev", "articles"), article + "*.txt").Single();
            var document = new Document(article, DateMarker().Replace(File.ReadAllText(path), ""));
            pipeline.Process(document);
            var entities = document.Get<EntityLayer>().Entities;
            foreach (var expected in Expected.Where(e => e.Article == article))
            {
                var found = entities.Where(e => e.Type == expected.Type && e.Span.Of(document.Text).SequenceEqual(expected.Name)).ToList();
                var described = found.Any(e => Matches(expected.Title, e.Title) && Matches(expected.Role, e.Role) && Matches(expected.Org, e.Organization));
                if (expected.Type == EntityType.Person)
                {
                    people++;
                    peopleFound += found.Count > 0 ? 1 : 0;
                    peopleDescribed += described ? 1 : 0;
                }
                else
                {
                    orgs++;
                    orgsFound += found.Count > 0 ? 1 : 0;
                }

                if (!described)
                {
                    var seen = string.Join("; ", found.Select(e => $"title={e.Title} role={e.Role} org={e.Organization}"));
                    output.WriteLine($"{article} missed {expected.Type} {expected.Name} {(found.Count > 0 ? "(found as " + seen + ")" : "")}");
                }
            }
        }

        output.WriteLine($"people found {peopleFound}/{people}, with title/role/org {peopleDescribed}/{people}; organisations found {orgsFound}/{orgs}");
        Assert.True(peopleDescribed >= PeopleFloor, $"only {peopleDescribed}/{people} people found with their titles");
        Assert.True(orgsFound >= OrganisationFloor, $"only {orgsFound}/{orgs} organisations found");
    }

    // Regression floors, set from the model of data/ner/model.bin; raise them when the model improves. Organisations
    // are 20 of 21 since the Viterbi tagger of issue #18: it misses "Instagram" in "an Instagram post" whatever the
    // seed and data weighting, while it raised held-out F1 from 0.676 to 0.749 (data/ner/README.md); a list entry for
    // the one word would be an answer written for this article.
    private const int PeopleFloor = 12;
    private const int OrganisationFloor = 20;

    private static bool Matches(string? expected, string? actual) =>
        expected is null || (actual is not null && actual.Contains(expected, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^\s*date \d{4}-\d{2}-\d{2}\s*")]
    private static partial Regex DateMarker();
}