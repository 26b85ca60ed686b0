using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>Tagger output corrected with the organisation cue words.</summary>
public sealed class NerLabelRepairTests
{
    [Theory]
    [InlineData("the U.S. Africa Command said", "O B-LOC I-LOC I-LOC O", "O B-ORG I-ORG I-ORG O")] // ends in a head cue
    [InlineData("the Revolutionary Armed Forces of Colombia said", "O B-ORG I-ORG I-ORG O B-GPE O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O")]
    [InlineData("the Ministry of Defence said", "O B-ORG O B-GPE O", "O B-ORG I-ORG I-ORG O")]
    [InlineData("President of Colombia said", "B-PERSON O B-GPE O", "B-PERSON O B-GPE O")] // no cue: unchanged
    [InlineData("the Ivory Coast said", "O B-GPE I-GPE O", "O B-GPE I-GPE O")] // weak cue words do not retype
    [InlineData("Army said", "B-PERSON O", "B-PERSON O")] // one word is left to the tagger
    public void Repairs_names_ending_in_organisation_cues(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("Colonel Maria Santos spoke", "B-PERSON O B-PERSON O", "B-PERSON I-PERSON I-PERSON O")] // a given name left out
    [InlineData("Santos and Lopez spoke", "B-PERSON O B-PERSON O", "B-PERSON O B-PERSON O")] // a lower-case word: two people
    [InlineData("Santos , Lopez spoke", "B-PERSON O B-PERSON O", "B-PERSON O B-PERSON O")] // punctuation: two people
    public void Joins_person_names_split_around_a_capitalised_word(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);
}