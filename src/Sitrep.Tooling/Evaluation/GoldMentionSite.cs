using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// A gold mention located in its article: the sentences that hold its evidence strings (<see cref="Regions"/>,
/// disjoint and sorted) and the evidence occurrences themselves.
/// </summary>
internal sealed record GoldMentionSite(int EventIndex, GoldMention Mention, IReadOnlyList<TextSpan> Regions, IReadOnlyList<TextSpan> EvidenceSpans)
{
    public string ArticleId => Mention.ArticleId;

    public string FirstEvidence => Mention.Evidence[0];
}