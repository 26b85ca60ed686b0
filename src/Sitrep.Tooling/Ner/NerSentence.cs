using System.Collections.Immutable;

namespace Sitrep.Text.Ner;

/// <summary>A training or test sentence: words and their BIO labels ("O", "B-PERSON", "I-GPE", …).</summary>
/// <param name="Corpus">The corpus it comes from, for per-corpus scores.</param>
/// <param name="Words">The words.</param>
/// <param name="Labels">One BIO label per word, over PERSON, ORG, GPE, LOC and NORP.</param>
public sealed record NerSentence(string Corpus, ImmutableArray<string> Words, ImmutableArray<string> Labels)
{
    /// <summary>True when words and labels line up.</summary>
    public bool IsValid => !Words.IsDefaultOrEmpty && Words.Length == Labels.Length;
}