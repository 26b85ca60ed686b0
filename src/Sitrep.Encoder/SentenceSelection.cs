namespace Sitrep.Encoder;

/// <summary>
/// Which sentences the encoder encodes: the encoder is the costliest stage, so it encodes only what a later stage
/// reads (docs/encoder.md). A stage that starts reading vectors of other sentences widens the policy here.
/// </summary>
public enum SentenceSelection
{
    /// <summary>
    /// The sentences some event mention cites as its evidence (<c>EventMention.SentenceIndexes</c>): today the only
    /// reader of vectors is clustering, which compares the evidence sentences of two mentions, so these are all it
    /// ever reads. The encoder then runs after the event stage.
    /// </summary>
    EventEvidence,

    /// <summary>Every sentence: for stages that read any sentence (entities, event detection) and for measuring the full cost.</summary>
    All,
}