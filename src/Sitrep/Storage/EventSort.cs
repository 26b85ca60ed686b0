namespace Sitrep.Storage;

/// <summary>How a list of events is ordered; ties break by event id.</summary>
public enum EventSort
{
    /// <summary>Newest event date first, undated last.</summary>
    DateDescending,

    /// <summary>Oldest event date first, undated last.</summary>
    DateAscending,

    /// <summary>Most independent sources first.</summary>
    SourcesDescending,

    /// <summary>Most fatalities (conservative figure) first.</summary>
    FatalitiesDescending,
}