using Sitrep.Ingest;

namespace Sitrep.Tests.Ingest;

public sealed class JsonSurrogatesTests
{
    [Theory]
    [InlineData(@"""\ud800""", @"""\uFFFD""", 1)] // a high half alone
    [InlineData(@"""\uDC00x""", @"""\uFFFDx""", 1)] // a low half alone
    [InlineData(@"""\ud83d\ude00""", @"""\ud83d\ude00""", 0)] // a pair is one character
    [InlineData(@"""\ud83d\u0041""", @"""\uFFFD\u0041""", 1)] // a high half before no low half
    [InlineData(@"""\ude00\ud83d""", @"""\uFFFD\uFFFD""", 2)] // a pair in the wrong order is two halves
    [InlineData(@"""\\ud800""", @"""\\ud800""", 0)] // an escaped backslash, then plain text
    [InlineData(@"""\ud8""", @"""\ud8""", 0)] // no escape at all: the parser reports it
    [InlineData(@"""a\""", @"""a\""", 0)]
    public void Lone_surrogate_escapes_become_the_replacement_character(string json, string expected, int count)
    {
        Assert.Equal(expected, JsonSurrogates.ReplaceLone(json, out var replaced));
        Assert.Equal(count, replaced);
    }
}