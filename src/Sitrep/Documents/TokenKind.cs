namespace Sitrep.Documents;

/// <summary>What a token is, decided by the tokenizer from its characters alone.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (and digits) with inner hyphens or apostrophes: "Ecuador", "38-year-old", "O'Brien", the clitic "'s".</summary>
    Word,

    /// <summary>A word with its period: "Gen.", "Jan.", "U.S.", an initial "L.".</summary>
    Abbreviation,

    /// <summary>Digits with grouping or decimal separators: "1,200", "3.5", "2026".</summary>
    Number,

    /// <summary>Punctuation: periods, commas, quotes, brackets, dashes, an ellipsis.</summary>
    Punctuation,

    /// <summary>Symbols: "%", "$", "+", emoji.</summary>
    Symbol,

    /// <summary>A web address or e-mail address.</summary>
    Url,

    /// <summary>A social-media handle: "@Southcom".</summary>
    Handle,

    /// <summary>A hashtag: "#SOUTHCOM".</summary>
    Hashtag,
}