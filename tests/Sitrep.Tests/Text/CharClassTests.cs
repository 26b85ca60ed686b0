using Sitrep.Text;
using Sitrep.Text.Lexicon;

namespace Sitrep.Tests.Text;

/// <summary>What counts as an acronym: capital letters, never a word of a script without case.</summary>
public sealed class CharClassTests
{
    [Theory]
    [InlineData("FARC", 2, true)]
    [InlineData("U.S.", 2, true)]
    [InlineData("G7", 2, false)] // one capital letter
    [InlineData("Farc", 2, false)]
    [InlineData("الشباب", 2, false)] // Arabic has no case: no acronym
    [InlineData("北京", 2, false)]
    [InlineData("CDF", 3, true)]
    [InlineData("UN", 3, false)]
    public void Counts_capital_letters(string word, int minimum, bool expected) => Assert.Equal(expected, CharClass.IsAcronym(word, minimum));
}