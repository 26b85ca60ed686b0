namespace Sitrep.Actors;

/// <summary>A CAMEO code that applies between two story dates (inclusive; null = open), or always when both are null.</summary>
internal readonly record struct PetrarchRestriction(string Code, DateOnly? From, DateOnly? To)
{
    public bool IsDefault => From is null && To is null;
}