using Sitrep.Text;
using Sitrep.Text.Lexicon;

namespace Sitrep.Tests.Text;

public sealed class EntityLinkerTests
{
    private readonly EntityLinker linker = new(TestTables.Loaded.Words);

    [Theory]
    [InlineData("[PERSON Francis Donovan] spoke. Gen. [PERSON Francis L. Donovan] ordered it. [PERSON Donovan] said so.", "Donovan", "Francis L. Donovan")]
    [InlineData("[PERSON Francis Donovan] spoke. Gen. [PERSON Francis L. Donovan] ordered it.", "Francis Donovan", "Francis L. Donovan")]
    [InlineData("President [PERSON Daniel Noboa] spoke. [PERSON Noboa]'s office said so.", "Noboa", "Daniel Noboa")]
    [InlineData("The [ORG Comandos de la Frontera] are strong. The [ORG CDF] hit back.", "CDF", "Comandos de la Frontera")]
    [InlineData("[ORG U.S. Southern Command] ([ORG SOUTHCOM]) said so.", "SOUTHCOM", "U.S. Southern Command")]
    [InlineData("[ORG U.S. Southern Command] ([ORG SOUTHCOM]) said so. [ORG SOUTHCOM] added more.", "SOUTHCOM", "U.S. Southern Command")]
    [InlineData("[NORP Ecuadoran] forces and [NORP Ecuadorian] police met.", "Ecuadoran", "Ecuadorian")]
    [InlineData("[GPE Ecuador] said it. [GPE Ecuador]'s ports are busy.", "Ecuador", "Ecuador")]
    [InlineData("The [ORG Revolutionary Armed Forces of Colombia] and the [ORG RAFC] met.", "RAFC", "Revolutionary Armed Forces of Colombia")]
    public void Links_short_forms_to_full_forms(string marked, string mention, string target)
    {
        var t = new EntityTestText(marked);
        var links = linker.Link(t.Text, t.Tokens, t.Entities);
        var from = t.Entities.Count - 1 - Enumerable.Range(0, t.Entities.Count).Reverse().TakeWhile(e => t.Surface(e) != mention).Count();
        Assert.True(links[from] >= 0, $"{mention} is not linked");
        Assert.Equal(target, t.Surface(links[from]));
    }

    [Theory]
    [InlineData("[PERSON Mary Donovan] and [PERSON Francis Donovan] met. [PERSON Donovan] spoke.", "Donovan")]
    [InlineData("[NORP Ecuadorian] and [NORP Colombian] forces met.", "Colombian")]
    [InlineData("[ORG Department of War] and [ORG Department of Defense] met.", "Department of Defense")]
    [InlineData("[GPE Ecuador] and the [NORP Ecuadorian] army.", "Ecuadorian")]
    public void Leaves_different_or_ambiguous_names_unlinked(string marked, string mention)
    {
        var t = new EntityTestText(marked);
        var links = linker.Link(t.Text, t.Tokens, t.Entities);
        Assert.Equal(-1, links[t.EntityIndex(mention)]);
    }
}