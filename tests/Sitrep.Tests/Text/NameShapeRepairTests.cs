namespace Sitrep.Tests.Text;

/// <summary>Tagger output corrected by the shape of names: metonym cue words, cue-word runs, lower-case tails.</summary>
public sealed class NameShapeRepairTests
{
    [Theory]
    [InlineData("at the order of Pentagon chief Pete Hegseth", "O O O O B-GPE O B-PERSON I-PERSON", "O O O O B-ORG O B-PERSON I-PERSON")] // metonym typed as a place
    [InlineData("the Kremlin said", "O B-PERSON O", "O B-ORG O")]
    [InlineData("the Pentagon Papers", "O B-GPE I-GPE", "O B-GPE I-GPE")] // longer names are the tagger's call
    public void A_building_standing_for_its_body_is_an_organisation(string text, string labels, string expected) =>
        NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("Ecuador's Defense Ministry said", "B-GPE O O O O", "B-GPE O B-ORG I-ORG O")]
    [InlineData("The Interior Ministry said", "O O O O", "O B-ORG I-ORG O")] // "The" is no part of the name
    [InlineData("the Big Red Ministry Of Fun said", "O O O O O O O", "O O O O O O O")] // the run does not end in the cue
    [InlineData("the ministry said", "O O O", "O O O")] // no capitals
    [InlineData("the Ministry said", "O O O", "O O O")] // one word is too little
    public void An_untagged_capitalised_run_ending_in_a_head_cue_is_an_organisation(string text, string labels, string expected) =>
        NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("held at the U.S. naval base there", "O O O B-GPE I-GPE I-GPE O", "O O O B-GPE O O O")]
    [InlineData("back to the U.S. mainland", "O O O B-GPE I-GPE", "O O O B-GPE O")]
    [InlineData("going to new york", "O O B-GPE I-GPE", "O O B-GPE I-GPE")] // all lower case: left alone
    [InlineData("the Bank of England said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O")] // inner lower-case word kept
    public void A_name_ends_at_its_last_capitalised_word(string text, string labels, string expected) =>
        NerRepairAssert.Repaired(text, labels, expected);
}