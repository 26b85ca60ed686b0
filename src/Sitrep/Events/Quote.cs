using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>A direct quotation with its speaker and the event mention it speaks of.</summary>
/// <param name="Span">The quoted words, quotation marks included.</param>
/// <param name="Speaker">The speaker's fullest name in the document ("Sean Parnell"), or null when not found.</param>
/// <param name="SpeakerSpan">Where the speaker is named next to the quote, or null.</param>
/// <param name="Event">Index in the event layer of the mention the quote is about, or null.</param>
public sealed record Quote(TextSpan Span, string? Speaker, TextSpan? SpeakerSpan, int? Event);