namespace Sitrep.Actors;

/// <summary>One generic agent noun form ("drug traffickers") and its CAMEO piece ("CRM"), from an agents dictionary.</summary>
internal readonly record struct PetrarchAgent(string Phrase, string Code, bool Plural);