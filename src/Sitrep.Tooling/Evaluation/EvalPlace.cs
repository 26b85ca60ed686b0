namespace Sitrep.Evaluation;

/// <summary>
/// Where an event happened, as scored: ISO 3166-1 alpha-2 <paramref name="Country"/>, first-order division
/// <paramref name="Admin1"/> as GeoNames spells it, and <paramref name="Name"/>, the most precise place the text names.
/// Any part may be null (a sea has no country); each part is scored separately (EVALUATION.md, <c>place</c>).
/// </summary>
/// <param name="Country">ISO 3166-1 alpha-2 code, or null.</param>
/// <param name="Admin1">First-order administrative division, or null.</param>
/// <param name="Name">The most precise place named, or null.</param>
public sealed record EvalPlace(string? Country, string? Admin1, string? Name)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Country ?? "null"} / {Admin1 ?? "null"} / {Name ?? "null"}";
}