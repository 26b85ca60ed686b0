using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Events;

/// <summary>The sanity checks of issue #19, point 4, on sentences written in news style for these tests.</summary>
[Collection(EventTestGroup.Name)]
public sealed class EventSanityTests(EventPipelineFixture fixture)
{
    private static readonly DateOnly Published = new(2025, 6, 14);

    private List<EventMention> Mentions(string text) => [.. fixture.Analyze(text, Published).Get<EventLayer>().Mentions];

    [Fact]
    public void A_count_of_animals_is_no_death_toll_and_no_attack()
    {
        var mentions = Mentions("Activists said on Tuesday that millions of dogs are killed for their meat in the country.");

        Assert.DoesNotContain(mentions, m => m.Type == PloverType.Assault);
    }

    [Fact]
    public void A_count_of_people_stays()
    {
        var mentions = Mentions("Gunmen killed 12 villagers in Zamfara on Tuesday, police said.");

        Assert.Equal(12, (int?)Assert.Single(mentions, m => m.Type == PloverType.Assault).Fatalities?.Min);
    }

    [Theory]
    [InlineData("Floods killed at least 40 people in northern Bangladesh on Sunday, officials said.")]
    [InlineData("A military transport plane crashed on Monday near Kharkiv, killing all 15 people on board. There was no indication of enemy fire, the air force said.")]
    public void A_disaster_or_an_accident_is_no_attack(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Type == PloverType.Assault);
    }

    [Fact]
    public void An_attack_word_beside_a_disaster_word_keeps_the_attack()
    {
        var mentions = Mentions("Taliban militants attacked an army helicopter with a rocket on Monday, and it crashed near Kandahar, killing 15 soldiers, officials said.");

        Assert.Contains(mentions, m => m.Type == PloverType.Assault);
    }

    [Fact]
    public void The_checks_can_be_turned_off_to_be_measured()
    {
        var document = new Document("t", "Floods killed at least 40 people in northern Bangladesh on Sunday, officials said.", Published);
        fixture.UpToEvents.Process(document);
        new EventMentionStage(TriggerLexicon.LoadDefault(), null, EventRuleSet.All.Without(EventRule.DisasterNotAssault)).Process(document);

        Assert.Contains(document.Get<EventLayer>().Mentions, m => m.Type == PloverType.Assault);
    }

    [Fact]
    public void A_malformed_word_class_row_names_the_table_and_line()
    {
        var error = Assert.Throws<FormatException>(() => EventWordClasses.Parse("# comment\ndisaster\tflood\nno tab here\n", "sanity.tsv"));

        Assert.StartsWith("sanity.tsv:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Word_classes_are_read_by_name()
    {
        var classes = EventWordClasses.Parse("disaster\tflood\nattack\tgunmen\n", "t.tsv");

        Assert.Contains("flood", (IReadOnlySet<string>)classes["disaster"]);
        Assert.Empty(classes["no-such-class"]);
    }
}