using Sitrep.Actors;


namespace Sitrep.Tests.Actors;

/// <summary>Parsing of the PETRARCH sources and loading of the built dictionary.</summary>
[Collection(ActorTestGroup.Name)]
public sealed class ActorDictionaryTests(ActorFixture fixture)
{
    private const string Maduro = """
        # comment line
        NICOLAS_MADURO
        +MADURO
        +PRESIDENT_MADURO
        +NICOLAS_MADURO_MOROS_  # CountryInfo.txt
        	[VENGOV >060901]
        HUGO_CHAVEZ_  # CountryInfo.txt
        	[VENELI 720101-990202]
        	[VENGOV 990202-020412]
        	[VENGOV 20020414-20130305]
        	[VENELI]
        AFGHANISTAN_  [AFG]
        BROKEN_DATE_
        	[ARMUNR 9008223-911221]
        """;

    [Fact]
    public void Actor_records_keep_synonyms_and_dated_codes()
    {
        var diagnostics = new List<Diagnostic>();
        var records = PetrarchActorReader.Read(new StringReader(Maduro), "test", diagnostics);
        Assert.Equal(["NICOLAS MADURO", "HUGO CHAVEZ", "AFGHANISTAN", "BROKEN DATE"], records.Select(r => r.Primary));
        Assert.Equal(["MADURO", "PRESIDENT MADURO", "NICOLAS MADURO MOROS"], records[0].Synonyms);
        Assert.Equal(new PetrarchRestriction("VENGOV", new DateOnly(2006, 9, 1), null), Assert.Single(records[0].Codes));
        Assert.Null(records[0].DefaultCode);
        Assert.Equal(new PetrarchRestriction("VENGOV", new DateOnly(2002, 4, 14), new DateOnly(2013, 3, 5)), records[1].Codes[2]);
        Assert.Equal("VENELI", records[1].DefaultCode);
        Assert.Equal("AFG", records[2].DefaultCode);
        Assert.Single(diagnostics);
        Assert.Empty(records[3].Codes);
    }

    [Theory]
    [InlineData("990202", 1999, 2, 2)]
    [InlineData("060901", 2006, 9, 1)]
    [InlineData("300101", 2030, 1, 1)]
    [InlineData("310101", 1931, 1, 1)]
    [InlineData("20020414", 2002, 4, 14)]
    public void Petrarch_dates_read_two_and_four_digit_years(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PetrarchDate.Parse(text));

    [Theory]
    [InlineData("VENGOV", ActorSector.Government)]
    [InlineData("USAMIL", ActorSector.Military)]
    [InlineData("ECUGOVMIL", ActorSector.Military)]
    [InlineData("COLREB", ActorSector.Rebel)]
    [InlineData("COLCRM", ActorSector.Criminal)]
    [InlineData("IGOUNO", ActorSector.International)]
    [InlineData("NGO", ActorSector.Civilian)]
    [InlineData("ZWECOP", ActorSector.Police)]
    [InlineData("ECU", ActorSector.Government)]
    public void Cameo_codes_map_to_sectors(string code, ActorSector sector) => Assert.Equal(sector, CameoCode.SectorOf(code));

    [Fact]
    public void Agents_expand_plurals_and_substitution_sets()
    {
        const string agents = """
            !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
            TROOP [~MIL]
            POLICE {} [~COP]
            DRUG_TRAFFICKER [~CRM]
            CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
            MILITARY_SPOKES!PERSON!  [~MIL]
            """;
        var read = PetrarchAgentReader.Read(new StringReader(agents));
        Assert.Contains(new PetrarchAgent("troops", "MIL", true), read);
        Assert.Contains(new PetrarchAgent("drug traffickers", "CRM", true), read);
        Assert.Contains(new PetrarchAgent("chambers of commerce", "BUS", true), read);
        Assert.Contains(new PetrarchAgent("military spokeswoman", "MIL", false), read);
        Assert.DoesNotContain(read, a => a.Phrase == "polices");
    }

    [Fact]
    public void Dated_roles_pick_the_office_holder_of_the_day()
    {
        var trump = fixture.Dictionary.Find("Donald Trump")!;
        Assert.Equal(ActorSector.Government, trump.RoleOn(new DateOnly(2025, 3, 1)).Sector);
        Assert.Equal(ActorSector.Civilian, trump.RoleOn(new DateOnly(2022, 3, 1)).Sector);
        Assert.Equal("US", trump.RoleOn(null).Country);
        var chavez = fixture.Dictionary.Find("Hugo Chavez")!;
        Assert.Equal(ActorSector.Government, chavez.RoleOn(new DateOnly(2005, 1, 1)).Sector);
        Assert.Equal("VE", chavez.RoleOn(new DateOnly(2005, 1, 1)).Country);
    }

    [Theory]
    [InlineData("Border Commandos", "Comandos de la Frontera")]
    [InlineData("CDF", "Comandos de la Frontera")]
    [InlineData("the Pentagon", "Department of Defense")]
    [InlineData("Department of War", "Department of Defense")]
    [InlineData("SOUTHCOM", "U.S. Southern Command")]
    [InlineData("al-Shabaab", "al-Shabab")]
    [InlineData("Tren de Aragua", "Tren de Aragua")]
    [InlineData("Nicolás Maduro", "Nicolas Maduro")]
    [InlineData("Maduro", "Nicolas Maduro")]
    public void Supplement_aliases_find_their_actor(string alias, string name) => Assert.Equal(name, fixture.Dictionary.Find(alias)?.Name);

    [Theory]
    [InlineData("Ecuadorian", "EC")]
    [InlineData("Ecuadoran", "EC")]
    [InlineData("U.S.", "US")]
    [InlineData("American", "US")]
    [InlineData("Somali", "SO")]
    public void Countries_are_found_by_name_and_demonym(string name, string code) => Assert.Equal(code, fixture.Dictionary.FindCountry(name)?.Code);

    [Fact]
    public void The_built_dictionary_holds_actors_of_every_country()
    {
        // Load time is measured by ActorBenchmarks (bench/), not asserted in a unit test.
        Assert.True(fixture.Dictionary.Count > 20_000);
        Assert.True(fixture.Dictionary.CountryCount > 200);
    }
}