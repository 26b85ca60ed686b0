namespace Sitrep.Events;

/// <summary>A trigger-lexicon match in a sentence, described as the rules would see it, and whether the rules accept it.</summary>
/// <param name="Hit">The match with its voice, modality, kind and strength.</param>
/// <param name="Accepted">True when the rules' filters (negation, habit, scope, usage, undated statements) let it through.</param>
internal sealed record LexiconMatch(TriggerHit Hit, bool Accepted);