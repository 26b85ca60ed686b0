using Sitrep.Evaluation.Ecb;

namespace Sitrep.Tests.Evaluation.Ecb;

public sealed class EcbDetokenizerTests
{
    [Theory]
    [InlineData("Reid , 33 , entered rehab .", "Reid, 33, entered rehab.")]
    [InlineData("the star 's rep did n't comment", "the star's rep didn't comment")]
    [InlineData("`` We 're sad , '' she said .", "\"We're sad,\" she said.")]
    [InlineData("Rancho Mirage ( California ) : $ 5 million", "Rancho Mirage (California): $5 million")]
    [InlineData("up 5 % ?", "up 5%?")]
    public void Tokens_get_the_spacing_a_reader_sees(string tokens, string text) =>
        Assert.Equal(text, EcbDetokenizer.Join(tokens.Split(' ')));
}