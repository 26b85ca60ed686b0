using Sitrep.Geo;

using Xunit.Abstractions;

namespace Sitrep.Tests.Geo;

[Collection(GazetteerTestGroup.Name)]
public sealed class ToponymResolverTests(GazetteerFixture fixture, ITestOutputHelper output)
{
    private IReadOnlyList<PlaceMention> Resolve(string text)
    {
        var mentions = fixture.Resolver.Resolve(text);
        foreach (var m in mentions)
        {
            output.WriteLine($"{m.Span} '{m.Text}' → {m.Place.Name} {m.Place.Country} {m.Place.Admin1} p{m.Place.Precision}");
        }

        return mentions;
    }

    private PlaceMention Single(string text, string mention)
    {
        var found = Resolve(text).Where(m => m.Text == mention).ToList();
        Assert.True(found.Count == 1, $"expected one mention '{mention}' in: {text}");
        return found[0];
    }

    [Theory]
    [InlineData("The operation was carried out in the northeastern province of Sucumbios near the border.", "Sucumbios", "EC", "Sucumbíos")]
    [InlineData("Troops patrolled Sucumbíos on Monday.", "Sucumbíos", "EC", "Sucumbíos")]
    [InlineData("Noboa held talks in Quito with Donovan.", "Quito", "EC", "Pichincha")]
    [InlineData("Police raided a house in Lago Agrio on Tuesday.", "Lago Agrio", "EC", "Sucumbíos")]
    [InlineData("The army found a camp in the Cayapas–Mataje mangrove forest.", "Cayapas–Mataje", "EC", "Esmeraldas")]
    [InlineData("The army found a camp in the Cayapas-Mataje reserve.", "Cayapas-Mataje", "EC", "Esmeraldas")]
    [InlineData("Wildfires burned across eastern Washington state this week.", "Washington", "US", "Washington")]
    [InlineData("Storms hit Atlanta, Georgia, overnight.", "Georgia", "US", "Georgia")]
    [InlineData("Protesters gathered in Tbilisi as Georgia's parliament passed the law. Georgian police used water cannon.", "Georgia", "GE", null)]
    [InlineData("Governor Brian Kemp declared an emergency in Georgia as storms moved from Alabama toward Savannah.", "Georgia", "US", "Georgia")]
    [InlineData("Russian troops entered Georgia in 2008, and fighting spread near Tbilisi.", "Georgia", "GE", null)]
    [InlineData("La operación se realizó en la provincia de Sucumbíos.", "Sucumbíos", "EC", "Sucumbíos")]
    [InlineData("Gunmen attacked a village in Zamfara State, Nigeria.", "Zamfara State", "NG", "Zamfara State")]
    [InlineData("Al-Shabaab fighters attacked Beledweyne in central Somalia.", "Beledweyne", "SO", "Hiiraan")]
    [InlineData("Clashes in Middle Shabelle killed ten, Somali officials said.", "Middle Shabelle", "SO", "Middle Shabele")]
    [InlineData("The detainees were flown to Guantanamo Bay.", "Guantanamo Bay", "CU", "Guantánamo Province")]
    [InlineData("The ceremony took place in Paris on Sunday.", "Paris", "FR", "Île-de-France")]
    [InlineData("A Fulton County jury returned the verdict on Saturday. Georgia is a conservative state, prosecutors said.", "Georgia", "US", "Georgia")]
    [InlineData("Deputies of the Bastrop County Sheriff's Office found the car in Elgin.", "Elgin", "US", "Texas")]
    [InlineData("Two men were arrested in Elgin, Ill., on Monday.", "Elgin", "US", "Illinois")]
    public void Resolves_place_with_country_and_admin1(string text, string mention, string country, string? admin1)
    {
        var place = Single(text, mention).Place;
        Assert.Equal(country, place.Country);
        Assert.Equal(admin1, place.Admin1);
    }

    [Theory]
    [InlineData("The U.S. military said it killed six men in a strike in the eastern Pacific Ocean.", "eastern Pacific Ocean")]
    [InlineData("Dozens of strikes on boats in the Caribbean and eastern Pacific killed 150 people.", "Caribbean")]
    [InlineData("Dozens of strikes on boats in the Caribbean and eastern Pacific killed 150 people.", "eastern Pacific")]
    [InlineData("A tanker sank in the Gulf of Mexico.", "Gulf of Mexico")]
    public void Seas_have_no_country(string text, string mention)
    {
        var place = Single(text, mention).Place;
        Assert.Null(place.Country);
        Assert.True(place.Precision >= 4);
    }

    [Theory]
    [InlineData("Noboa said that Washington was among regional allies taking part.", "Washington")]
    [InlineData("Washington said on Monday it would impose new sanctions.", "Washington")]
    [InlineData("Quito announced a state of emergency.", "Quito")]
    [InlineData("U.S. forces returned to the country in December.", "U.S.")]
    public void Government_and_adjective_uses_are_not_places(string text, string mention) =>
        Assert.DoesNotContain(Resolve(text), m => m.Text == mention);

    [Fact]
    public void Washington_as_a_place_is_the_capital()
    {
        var place = Single("The two leaders met in Washington on Friday.", "Washington").Place;
        Assert.Equal("US", place.Country);
        Assert.Equal(1, place.Precision);
    }

    [Theory]
    [InlineData("Police said the suspect was arrested.")]
    [InlineData("Best of all, nobody was hurt.")]
    [InlineData("The head of police spoke of the best way forward.")]
    [InlineData("March 6 was the date of the attack, President Trump said.")]
    [InlineData("SOUTHCOM and the FARC were named.")]
    public void Common_words_are_not_places(string text) => Assert.Empty(Resolve(text));

    [Fact]
    public void The_Colombian_border_is_seen_from_the_story_country()
    {
        var mention = Single("American and Ecuadorian forces carried out strikes against drug traffickers in Ecuador near the Colombian border.", "the Colombian border");
        Assert.Equal("EC", mention.Place.Country);
        Assert.Equal(4, mention.Place.Precision);
    }

    [Fact]
    public void The_border_with_a_country_is_one_mention()
    {
        var mentions = Resolve("Ecuador said the operation was in Sucumbios near the border with Colombia.");
        Assert.Contains(mentions, m => m.Text == "the border with Colombia" && m.Place.Country == "EC");
        Assert.DoesNotContain(mentions, m => m.Place.Country == "CO");
    }

    [Fact]
    public void The_border_in_Spanish()
    {
        var mention = Single("Ecuador bombardeó un campamento en Sucumbíos, cerca de la frontera con Colombia.", "la frontera con Colombia");
        Assert.Equal("EC", mention.Place.Country);
    }

    [Theory]
    [InlineData("Fighting raged in northern Nigeria.", "northern Nigeria", "NG")]
    [InlineData("The storm moved across the eastern Caribbean.", "eastern Caribbean", null)]
    public void A_direction_before_a_country_or_sea_is_part_of_it(string text, string mention, string? country)
    {
        var place = Single(text, mention).Place;
        Assert.Equal(country, place.Country);
        Assert.True(place.Precision >= 4);
    }

    [Fact]
    public void A_direction_of_the_country_resolves_to_the_story_country()
    {
        var mention = Single("The camp in Ecuador was located in the northeast of the country.", "the northeast of the country");
        Assert.Equal("EC", mention.Place.Country);
        Assert.Equal(4, mention.Place.Precision);
    }

    [Fact]
    public void Off_the_coast_of_a_country()
    {
        var mention = Single("A ship was attacked off the coast of Yemen.", "off the coast of Yemen");
        Assert.Equal("YE", mention.Place.Country);
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "Strikes hit Sucumbíos and Esmeraldas.";
        foreach (var m in Resolve(text))
        {
            Assert.Equal(m.Text, text[m.Span.Start..m.Span.End]);
        }
    }
    [Theory]
    [InlineData("Militants attacked the train near Sibi in Balochistan on Tuesday.", "Sibi in Balochistan", "Sibi", "Balochistan")]
    [InlineData("Rubio met the delegation in the Red Sea port city of Jeddah.", "Red Sea port city of Jeddah", "Jeddah", "Red Sea")]
    [InlineData("The bombing hit Yemen's port city of Aden.", "Yemen's port city of Aden", "Aden", "Yemen")]
    public void The_most_specific_place_of_a_phrase_is_its_one_mention(string text, string mention, string place, string passing)
    {
        var mentions = Resolve(text);

        Assert.Equal(place, Single(text, mention).Place.Name);
        Assert.DoesNotContain(mentions, m => m.Text == passing);
    }

    [Fact]
    public void A_town_of_a_settlement_head_needs_no_other_cue()
    {
        Assert.Single(Resolve("A storm flooded the town of Reading."), m => m.Place.Name == "Reading");
    }
}