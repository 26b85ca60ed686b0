namespace Sitrep.Quantities;

/// <summary>What a <see cref="CountToken"/> is made of.</summary>
internal enum CountTokenKind
{
    /// <summary>Letters, possibly with digits, hyphens and apostrophes ("al-Shabab", "38-year-old", "twenty-five").</summary>
    Word,

    /// <summary>Digits, possibly grouped by commas or with a decimal point ("1,200", "1.5").</summary>
    Digits,

    /// <summary>One other character (punctuation, symbol).</summary>
    Symbol,
}

/// <summary>A token of the quantity scanner: offsets into the text, no substring.</summary>
internal readonly record struct CountToken(int Start, int End, CountTokenKind Kind)
{
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    public bool Is(string text, string word) => Of(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}