namespace Sitrep.Actors;

/// <summary>
/// One record of a PETRARCH/TABARI actor dictionary: the primary phrase, its "+" synonyms and its codes (an inline
/// code on the primary line and TAB-indented "[CODE date-spec]" lines), phrases with "_" turned into spaces.
/// </summary>
internal sealed record PetrarchActorRecord(string Primary, IReadOnlyList<string> Synonyms, IReadOnlyList<PetrarchRestriction> Codes, int Line)
{
    /// <summary>The code used when no dated code covers the date: the last undated one, or null.</summary>
    public string? DefaultCode => Codes.LastOrDefault(c => c.IsDefault).Code;
}