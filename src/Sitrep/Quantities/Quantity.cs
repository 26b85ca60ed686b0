using Sitrep.Documents;

namespace Sitrep.Quantities;

/// <summary>One count of a document: "at least 50 al-Shabab militants" killed, "dozens of airstrikes", "no one" killed.</summary>
/// <param name="Span">The count phrase: qualifier, number and the counted noun phrase ("at least five people").</param>
/// <param name="Range">The counts the phrase allows.</param>
/// <param name="Semantics">What kind of casualty the count is, or none.</param>
/// <param name="Victims">For a casualty count, the description of who ("men", "al-Shabab militants", "drug smugglers"), when the text gives one.</param>
public sealed record Quantity(TextSpan Span, CountRange Range, QuantitySemantics Semantics, TextSpan? Victims = null);