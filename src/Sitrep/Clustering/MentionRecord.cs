using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Clustering;

/// <summary>
/// One article's report of one event, self-contained: what clustering, fusion, the store and every interface work on
/// after analysis. Built from an <see cref="EventMention"/> and its article by <see cref="MentionRecordFactory"/>.
/// </summary>
/// <param name="Id">"{ArticleId}#{Ordinal}": stable as long as the article's analysis is.</param>
/// <param name="ArticleId">The article.</param>
/// <param name="Ordinal">The mention's index in the article's event layer.</param>
/// <param name="Outlet">The article's outlet, or null.</param>
/// <param name="Published">The article's publication date, or null when unknown.</param>
/// <param name="SyndicatedFrom">The original's article id when the article is a syndicated copy, else null.</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="Mode">PLOVER mode, or null.</param>
/// <param name="Kind">Incident or aggregate.</param>
/// <param name="Modality">Asserted, claimed, alleged, planned or denied.</param>
/// <param name="Actors">Who acted.</param>
/// <param name="Recipients">Who was acted upon.</param>
/// <param name="Date">When, or null.</param>
/// <param name="MonthDay">A month-day without a year ("March 6" in a story with no date), when <paramref name="Date"/> is null.</param>
/// <param name="Place">Where, or null.</param>
/// <param name="Fatalities">Killed, or null.</param>
/// <param name="Injuries">Injured, or null.</param>
/// <param name="Arrests">Arrested, or null.</param>
/// <param name="Trigger">The trigger words as written.</param>
/// <param name="Evidence">The text of the mention's sentences, joined by a space.</param>
/// <param name="EvidenceSpans">The sentences' offsets in the article text, ascending.</param>
public sealed record MentionRecord(
    string Id,
    string ArticleId,
    int Ordinal,
    string? Outlet,
    DateOnly? Published,
    string? SyndicatedFrom,
    PloverType Type,
    string? Mode,
    EventKind Kind,
    EventModality Modality,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<ActorRef> Recipients,
    DateInterval? Date,
    YearlessDate? MonthDay,
    Place? Place,
    CountRange? Fatalities,
    CountRange? Injuries,
    CountRange? Arrests,
    string Trigger,
    string Evidence,
    IReadOnlyList<TextSpan> EvidenceSpans)
{
    /// <summary>
    /// The evidence sentences' vector from the pretrained encoder (<see cref="Clustering.EvidenceVector"/>), or null
    /// when the pipeline ran without the encoder; clustering then scores without it.
    /// </summary>
    public byte[]? EvidenceVector { get; init; }

    /// <summary>The article that counts as the independent source: the original of a syndicated copy, else the article.</summary>
    public string SourceKey => SyndicatedFrom ?? ArticleId;
}