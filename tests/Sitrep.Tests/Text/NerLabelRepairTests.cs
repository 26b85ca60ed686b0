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
    [InlineData("the Department of Justice said", "O B-ORG O O O", "O B-ORG I-ORG I-ORG O")] // one untagged capitalised word
    [InlineData("the Ministry of Testland Health said", "O B-ORG O O O O", "O B-ORG I-ORG I-ORG O O")] // only one
    [InlineData("the Minister of Colombia said", "O O O B-GPE O", "O O O B-GPE O")] // no cue: unchanged
    [InlineData("the Ivory Coast said", "O B-GPE I-GPE O", "O B-GPE I-GPE O")] // weak cue words do not retype
    [InlineData("Army said", "B-PERSON O", "B-PERSON O")] // one word is left to the tagger
    [InlineData("the West Bank said", "O B-LOC I-LOC O", "O B-LOC I-LOC O")] // a known place name ending in a cue word
    public void Repairs_names_ending_in_organisation_cues(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("Colonel Maria Santos spoke", "B-PERSON O B-PERSON O", "B-PERSON I-PERSON I-PERSON O")] // a given name left out
    [InlineData("Santos and Lopez spoke", "B-PERSON O B-PERSON O", "B-PERSON O B-PERSON O")] // a lower-case word: two people
    [InlineData("Santos , Lopez spoke", "B-PERSON O B-PERSON O", "B-PERSON O B-PERSON O")] // punctuation: two people
    [InlineData("Maria King Pedro Lopez spoke", "B-PERSON O B-PERSON I-PERSON O", "B-PERSON O B-PERSON I-PERSON O")] // a two-word last part: a list of people
    [InlineData("Neither China nor Peru", "B-PERSON O B-PERSON B-GPE", "B-PERSON O B-PERSON B-GPE")] // a lower-case word is no part of a name
    [InlineData("Spokesman Colonel Rajesh said", "B-PERSON O B-PERSON O", "B-PERSON O B-PERSON O")] // a title begins the next name
    public void Joins_person_names_split_around_a_capitalised_word(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("SOUTHCOM of the operation said", "B-ORG I-ORG I-ORG I-ORG O", "B-ORG O O O O")]
    [InlineData("the Northern Command of the region said", "O B-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG O O O O")]
    [InlineData("Greta Holm the pilot flew", "B-PERSON I-PERSON I-PERSON I-PERSON O", "B-PERSON I-PERSON O O O")]
    [InlineData("the London School of said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG O O")] // a dangling "of"
    [InlineData("the Bank of America said", "O B-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG O")] // a capitalised tail stays
    [InlineData("the Ministry of the Interior said", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O")]
    [InlineData("love bank of america", "O B-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG")] // a name written in lower case
    [InlineData("in Kalu sector today", "O B-GPE I-GPE O", "O B-GPE O O")] // any lower-case tail
    [InlineData("the U.S. naval base", "O B-GPE I-GPE I-GPE", "O B-GPE O O")]
    [InlineData("killed Abu Bakr al-Baghdadi today", "O B-PERSON I-PERSON I-PERSON O", "O B-PERSON I-PERSON I-PERSON O")] // a particle of the name
    [InlineData("in Côte d'Ivoire today", "O B-GPE I-GPE O", "O B-GPE I-GPE O")]
    public void Trims_lower_case_tails(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("@Acme said", "B-ORG O", "O O")]
    [InlineData("@Acme Smith said", "B-PERSON I-PERSON O", "O B-PERSON O")] // a name after it begins anew
    public void A_user_name_is_no_entity(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("Hitler Is Angry about it", "B-PERSON I-PERSON O O O", "B-PERSON O O O O")] // headline capitals
    [InlineData("Ana Ruiz Is Back", "B-PERSON I-PERSON I-PERSON O", "B-PERSON I-PERSON O O")]
    [InlineData("The Who played", "B-ORG I-ORG O", "B-ORG I-ORG O")] // a leading article stays
    public void Trims_function_words_ending_a_name(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("the President said", "O B-PERSON O", "O O O")]
    [InlineData("Gen. Ana Ruiz said", "B-PERSON B-PERSON I-PERSON O", "O B-PERSON I-PERSON O")]
    [InlineData("We will act", "B-ORG O O", "O O O")] // a pronoun is no name
    [InlineData("General Ruiz said", "B-PERSON I-PERSON O", "B-PERSON I-PERSON O")] // a title inside a name stays (the entity stage peels it)
    public void A_title_alone_is_no_name(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("at Testmo Bay today", "O B-PERSON I-PERSON O", "O B-LOC I-LOC O")]
    [InlineData("at Testmo Bay today", "O B-ORG I-ORG O", "O B-ORG I-ORG O")] // organisations may ("Tampa Bay" the team)
    [InlineData("met Testmo today", "O B-PERSON O", "O B-PERSON O")]
    public void A_person_name_ending_in_a_natural_feature_word_is_a_place(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);
}