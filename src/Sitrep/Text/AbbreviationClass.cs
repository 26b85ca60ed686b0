namespace Sitrep.Text;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
internal enum AbbreviationClass : byte
{
    /// <summary>Precedes a name ("Gen.", "Mr.", "Sen."): never ends a sentence.</summary>
    Title,

    /// <summary>Takes its period only before a number ("No. 1", "Art. 5"); otherwise "no." is a word and a full stop.</summary>
    BeforeNumber,

    /// <summary>Anything else ("Jan.", "Inc.", "etc.", "Calif."): ends a sentence when a typical sentence opener follows.</summary>
    Other,
}