using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Pipeline;
using Sitrep.Text.Ner;
using Sitrep.Time;

using Xunit.Abstractions;

namespace Sitrep.Tests.Geo;

/// <summary>The lead, entity, place, dateline and time layers of the local-news articles in <see cref="LocalNewsArticles"/>.</summary>
[Collection(GazetteerTestGroup.Name)]
public sealed class LocalNewsLayerTests
{
    private readonly AnalysisPipeline pipeline;
    private readonly ITestOutputHelper output;

    public LocalNewsLayerTests(GazetteerFixture fixture, ITestOutputHelper output)
    {
        pipeline = new AnalysisPipelineBuilder()
            .AddTextCore(NerModel.LoadDefault(new GeoNerGazetteer(fixture.Gazetteer)))
            .AddTimeAndQuantities()
            .AddPlaces(fixture.Gazetteer)
            .Build();
        this.output = output;
    }

    private Document Analyze(string text, string published)
    {
        var document = new Document("t", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        pipeline.Process(document);
        foreach (var e in document.Get<EntityLayer>().Entities)
        {
            output.WriteLine($"entity {e.Type} '{e.Span.Of(text)}'");
        }

        foreach (var p in document.Get<PlaceLayer>().Items)
        {
            output.WriteLine($"place '{p.Text}' → {p.Place.Name}, {p.Place.Admin1}, {p.Place.Country}");
        }

        var d = document.Get<DatelineLayer>();
        output.WriteLine($"dateline {d.Place?.Place.Name}, {d.Place?.Place.Admin1}, {d.Place?.Place.Country}; outlet {d.Outlet}; author {d.Author}");
        return document;
    }

    [Theory]
    [InlineData(nameof(LocalNewsArticles.Pandora), "Pandora", "Ohio", "US", null)]
    [InlineData(nameof(LocalNewsArticles.Miami), "Miami", "Florida", "US", "CBSMiami")]
    [InlineData(nameof(LocalNewsArticles.Elgin), "Austin", "Texas", "US", "KXAN")]
    [InlineData(nameof(LocalNewsArticles.Kabul), "Kabul", "Kabul", "AF", "VOA")]
    [InlineData(nameof(LocalNewsArticles.Springfield), "Springfield", "Illinois", "US", null)]
    [InlineData(nameof(LocalNewsArticles.Metairie), "Metairie", "Louisiana", "US", "WWL")]
    [InlineData(nameof(LocalNewsArticles.Jeddah), "Washington, D.C.", "District of Columbia", "US", null)]
    [InlineData(nameof(LocalNewsArticles.Jackson), "Jackson", "Mississippi", "US", "AP")]
    public void Dateline_place_resolves_with_its_state_and_stays_out_of_the_story_places(string article, string name, string admin1, string country, string? outlet)
    {
        var text = Text(article);
        var document = Analyze(text, "2025-06-16");
        var dateline = document.Get<DatelineLayer>();

        Assert.NotNull(dateline.Place);
        Assert.Equal((name, admin1, country), (dateline.Place.Place.Name, dateline.Place.Place.Admin1, dateline.Place.Place.Country));
        Assert.Equal(outlet, dateline.Outlet);
        var lead = document.Get<LeadLayer>().Dateline!;
        Assert.DoesNotContain(document.Get<PlaceLayer>().Items, p => lead.Span.Overlaps(p.Span));
        Assert.DoesNotContain(document.Get<EntityLayer>().Entities, e => lead.Span.Overlaps(e.Span));
    }

    [Theory]
    [InlineData(nameof(LocalNewsArticles.Miami), "Jane Doe", "CBS Miami")]
    [InlineData(nameof(LocalNewsArticles.Kabul), "Jane Doe", "VOA")]
    public void Byline_names_the_author_and_is_no_entity(string article, string author, string outlet)
    {
        var text = Text(article);
        var document = Analyze(text, "2025-12-26");
        var byline = document.Get<LeadLayer>().Byline!;

        Assert.Equal(author, byline.Author);
        Assert.Equal(outlet, byline.Outlet);
        Assert.Equal(author, document.Get<DatelineLayer>().Author);
        Assert.DoesNotContain(document.Get<EntityLayer>().Entities, e => byline.Span.Overlaps(e.Span));
    }

    [Fact]
    public void A_headline_in_capitals_gives_no_entity_and_no_place()
    {
        var text = LocalNewsArticles.Metairie;
        var document = Analyze(text, "2025-06-16");
        var headline = document.Get<LeadLayer>().Headline!.Value;

        Assert.Equal("TWO HURT IN METAIRIE CARJACKING", headline.Of(text).ToString());
        Assert.DoesNotContain(document.Get<EntityLayer>().Entities, e => headline.Overlaps(e.Span));
        Assert.DoesNotContain(document.Get<PlaceLayer>().Items, p => headline.Overlaps(p.Span));
    }

    [Theory]
    [InlineData(nameof(LocalNewsArticles.Pandora), "David")]
    [InlineData(nameof(LocalNewsArticles.Miami), "David")]
    [InlineData(nameof(LocalNewsArticles.Jackson), "Paris")]
    public void A_word_of_a_persons_name_is_no_place(string article, string word)
    {
        var document = Analyze(Text(article), "2025-06-16");

        Assert.DoesNotContain(document.Get<PlaceLayer>().Items, p => p.Text == word);
    }

    [Fact]
    public void County_named_in_the_story_picks_the_town_in_it()
    {
        var document = Analyze(LocalNewsArticles.Elgin, "2025-11-30");
        var elgin = Assert.Single(document.Get<PlaceLayer>().Items, p => p.Text == "Elgin");

        Assert.Equal(("Texas", "US"), (elgin.Place.Admin1, elgin.Place.Country));
    }

    [Fact]
    public void The_settlement_of_a_port_city_apposition_is_the_place()
    {
        var document = Analyze(LocalNewsArticles.Jeddah, "2025-03-12");
        var places = document.Get<PlaceLayer>().Items;

        var jeddah = Assert.Single(places, p => p.Place.Name == "Jeddah");
        Assert.Equal("Red Sea port city of Jeddah", jeddah.Text);
        Assert.DoesNotContain(places, p => p.Place.Name == "Red Sea");
    }

    [Theory]
    [InlineData(nameof(LocalNewsArticles.Pandora), "2025-06-16", "on Father's Day", "2025-06-15")]
    [InlineData(nameof(LocalNewsArticles.Miami), "2025-12-26", "on Christmas Eve", "2025-12-24")]
    [InlineData(nameof(LocalNewsArticles.Elgin), "2025-11-28", "on Thanksgiving", "2025-11-27")]
    [InlineData(nameof(LocalNewsArticles.Kabul), "2024-04-11", "on Eid al-Fitr", "2024-04-10")]
    public void Holiday_resolves_against_the_publication_date(string article, string published, string expression, string day)
    {
        var text = Text(article);
        var document = Analyze(text, published);
        var time = Assert.Single(document.Get<TimeLayer>().Expressions, t => t.Span.Of(text).SequenceEqual(expression));

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), time.Interval!.Value.From);
    }

    private static string Text(string article) =>
        (string)typeof(LocalNewsArticles).GetField(article)!.GetValue(null)!;
}