using Sitrep.Tests.Geo;
using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>The tagger's dictionary evidence: which field of the code each word of a phrase gets.</summary>
[Collection(GazetteerTestGroup.Name)]
public sealed class GeoNerGazetteerTests(GazetteerFixture fixture)
{
    public enum Field
    {
        Place,
        OrgName,
        CueWord,
        CueSpan,
        Person,
    }

    [Theory]
    [InlineData("Troops entered Colombia on Monday", "Colombia", Field.Place, 1)] // country, begin
    [InlineData("They met in the Gulf of Aden", "Gulf", Field.Place, 5)] // water, begin
    [InlineData("They met in the Gulf of Aden", "Aden", Field.Place, 6)] // water, inside
    [InlineData("The FARC rebels laid down arms", "FARC", Field.OrgName, 1)]
    [InlineData("The FARC rebels laid down arms", "FARC", Field.Place, 0)] // acronyms are not places
    [InlineData("the Ministry of Defence said", "Ministry", Field.CueWord, 1)]
    [InlineData("the Ministry of Defence said", "Ministry", Field.CueSpan, 1)]
    [InlineData("the Ministry of Defence said", "Defence", Field.CueSpan, 2)]
    [InlineData("the Ministry of Defence said", "said", Field.CueSpan, 0)]
    [InlineData("officials at the Pentagon said", "Pentagon", Field.CueWord, 3)] // metonym
    [InlineData("a statement by Nicolas Maduro today", "Nicolas", Field.Person, 3)] // given name (and a family name in the list)
    [InlineData("a statement by Nicolas Maduro today", "Maduro", Field.Person, 2)] // family name
    [InlineData("a statement by nicolas maduro today", "maduro", Field.Person, 0)] // lower case is not a name
    public void Codes_words_by_the_lists_they_are_in(string text, string word, Field field, int expected)
    {
        var tokens = new TokenizerStage().Tokenize(text);
        var codes = new ushort[tokens.Count];
        new GeoNerGazetteer(fixture.Gazetteer).Tag(text, tokens, 0, codes);
        var index = Enumerable.Range(0, tokens.Count).Single(i => tokens.TextOf(text, i).SequenceEqual(word));
        var (shift, mask) = field switch
        {
            Field.Place => (0, 31),
            Field.OrgName => (GeoNerGazetteer.OrgNameShift, 3),
            Field.CueWord => (GeoNerGazetteer.CueWordShift, 3),
            Field.CueSpan => (GeoNerGazetteer.CueSpanShift, 3),
            _ => (GeoNerGazetteer.PersonShift, 3),
        };
        Assert.Equal(expected, (codes[index] >> shift) & mask);
    }

    [Fact]
    public void Sentence_offsets_are_respected()
    {
        const string text = "Hello there. Troops entered Colombia";
        var tokens = new TokenizerStage().Tokenize(text);
        var codes = new ushort[tokens.Count - 3];
        new GeoNerGazetteer(fixture.Gazetteer).Tag(text, tokens, 3, codes);
        Assert.Equal(1, codes[^1] & 31);
    }
}