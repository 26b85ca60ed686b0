namespace Sitrep.Text.Ner;

/// <summary>
/// How a word is written in edited text when it does not begin a sentence: never, sometimes, mostly or always with a
/// capital initial ("obama" → always, "the" → never, "general" → sometimes). A feature of the tagger that carries the
/// capitalisation of news prose to lower-cased tweets ("tampa") and to sentence-initial names.
/// </summary>
public enum NerCapitalisation
{
    /// <summary>Not seen away from the start of a sentence in edited text.</summary>
    Unseen = 0,

    /// <summary>Capitalised in under 5 % of its occurrences.</summary>
    Never = 1,

    /// <summary>Capitalised in 5–50 %.</summary>
    Sometimes = 2,

    /// <summary>Capitalised in 50–95 %.</summary>
    Mostly = 3,

    /// <summary>Capitalised in at least 95 %.</summary>
    Always = 4,
}