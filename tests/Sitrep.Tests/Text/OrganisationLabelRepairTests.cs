using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

/// <summary>Tagger output corrected with the organisation list (org-names.tsv) and country-prefixed command names.</summary>
public sealed class OrganisationLabelRepairTests
{
    [Theory]
    [InlineData("Police blamed Los Tiguerones for the attack", "O O O O O O O", "O O B-ORG I-ORG O O O")] // untagged listed name
    [InlineData("a raid on Tren de Aragua members", "O O O B-PERSON I-PERSON I-PERSON O", "O O O B-ORG I-ORG I-ORG O")] // typed as a person
    [InlineData("fighters of the Tren de Aragua gang", "O O O O O B-GPE O", "O O O B-ORG I-ORG I-ORG O")] // a place inside the name
    [InlineData("talks with the ELN resumed", "O O O O O", "O O O B-ORG O")] // listed acronym
    [InlineData("WE SAW THE ELN TODAY", "O O O O O", "O O O O O")] // all capitals: not read as an acronym
    [InlineData("talks with the Eln resumed", "O O O O O", "O O O O O")] // one word that is no acronym is left to the tagger
    [InlineData("they joined the Order . The police came", "O O O O O O O O", "O O O O O O O O")] // no name across a full stop ("order the" is listed)
    [InlineData("the National Liberation Army of Testland said", "O B-ORG I-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O")] // a longer tagged name is kept
    public void Tags_listed_organisations(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("head of U.S. Special Operations in Africa", "O O B-GPE O O O B-LOC", "O O B-ORG I-ORG I-ORG O B-LOC")] // weak head word
    [InlineData("the Chilean Navy and the U.K. Border Force said", "O O O O O B-GPE O O O", "O B-ORG I-ORG O O B-ORG I-ORG I-ORG O")]
    [InlineData("troops from France Monday said", "O O B-GPE O O", "O O B-GPE O O")] // no cue word: unchanged
    [InlineData("in Peru the Army said", "O B-GPE O O O", "O B-GPE O O O")] // a lower-case word ends the run
    [InlineData("NZ Inc is a brand", "B-GPE O O O O", "B-GPE O O O O")] // a legal-form suffix is no head
    [InlineData("Testland's Defense Ministry said", "B-GPE O O O O", "B-GPE O B-ORG I-ORG O")] // untagged run ending in a cue
    [InlineData("the Royal Navy sailed", "O O O O", "O B-ORG I-ORG O")]
    [InlineData("A Testland Court ruled", "O O O O", "O B-ORG I-ORG O")] // "A" opens no name
    [InlineData("The Army sailed", "O O O", "O O O")] // a function word is no part of the run; one word is left to the tagger
    [InlineData("POLICE RAID ARMY BASE", "O O O O", "O O O O")] // no lower-case word: every word is capitalised
    public void Joins_a_country_to_the_command_after_it(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);

    [Theory]
    [InlineData("Chief Pentagon spokesman Sean Parnell said", "B-PERSON I-PERSON O B-PERSON I-PERSON O", "O B-ORG O B-PERSON I-PERSON O")] // title cleared, building is the body
    [InlineData("the Pentagon Papers were", "O B-PERSON I-PERSON O", "O B-PERSON I-PERSON O")] // not at the end: left to the tagger
    [InlineData("the Pentagon Papers were", "O B-ORG I-ORG O", "O B-ORG I-ORG O")] // an organisation's name may hold one
    public void A_person_name_ending_in_a_metonym_is_the_organisation(string text, string labels, string expected) => NerRepairAssert.Repaired(text, labels, expected);
}