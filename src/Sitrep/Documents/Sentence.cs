namespace Sitrep.Documents;

/// <summary>One sentence: its span of text and the range of tokens of the <see cref="TokenLayer"/> it covers.</summary>
public readonly record struct Sentence
{
    /// <summary>Creates a sentence; it covers at least one token.</summary>
    public Sentence(TextSpan span, int firstToken, int tokenCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfLessThan(tokenCount, 1);
        Span = span;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>From the first character of the first token to the last character of the last token.</summary>
    public TextSpan Span { get; }

    /// <summary>Index of the sentence's first token.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens in the sentence.</summary>
    public int TokenCount { get; }

    /// <summary>
    /// True when the sentence was cut because it reached the splitter's length cap, not at sentence punctuation
    /// (text without punctuation; see <c>SentenceSplitter.MaxTokens</c>).
    /// </summary>
    public bool EndsAtLengthCap { get; init; }

    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}