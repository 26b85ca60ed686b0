using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Events;

/// <summary>
/// One article's report of one event: who did what to whom, when and where, coded in PLOVER, with the evidence.
/// A report spread over several sentences ("… conducted joint strikes …", "The operation was carried out in …") is one mention.
/// </summary>
/// <param name="Span">The evidence: the sentence of the trigger that opened the mention.</param>
/// <param name="Trigger">The trigger word(s) ("strikes", "held talks").</param>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The PLOVER mode ("aerial", "arrest"), or null.</param>
/// <param name="Kind">Incident or aggregate.</param>
/// <param name="Modality">Asserted, claimed, alleged, planned or denied.</param>
/// <param name="Actors">Who acted.</param>
/// <param name="Recipients">Who was acted upon.</param>
/// <param name="Date">When it happened, from a time expression in the event's scope; null when the text gives nothing.</param>
/// <param name="Place">Where it happened, or null.</param>
/// <param name="Fatalities">People killed in this event, or null.</param>
/// <param name="Injuries">People injured, or null.</param>
/// <param name="Arrests">People arrested, or null.</param>
/// <param name="SentenceIndexes">Every sentence of the article that reports this event, ascending; one of them (the first, unless a later sentence gives the main report of an act referred to before) holds <paramref name="Span"/>.</param>
/// <param name="MonthDay">A month-day whose year the text does not give ("March 6" in a story with no date), when <paramref name="Date"/> is null; clustering takes the year from other reports.</param>
public sealed record EventMention(
    TextSpan Span,
    TextSpan Trigger,
    PloverType Type,
    string? Mode,
    EventKind Kind,
    EventModality Modality,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<ActorMention> Recipients,
    DateInterval? Date,
    Place? Place,
    CountRange? Fatalities,
    CountRange? Injuries,
    CountRange? Arrests,
    IReadOnlyList<int> SentenceIndexes,
    YearlessDate? MonthDay = null);