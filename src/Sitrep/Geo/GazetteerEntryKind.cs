namespace Sitrep.Geo;

/// <summary>What a gazetteer row is; the first column of the gazetteer file.</summary>
internal enum GazetteerEntryKind
{
    Country,
    Admin1,
    PopulatedPlace,
    Water,
    Region,
    Border,
}