namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// What Sitrep's analysis found to cluster on ECB+: a document with no event mention, or whose mentions all stay in
/// events of their own, cannot be linked to another document, whatever the cut.
/// </summary>
/// <param name="Documents">Documents analysed in the scored topics.</param>
/// <param name="Mentions">Event mentions found in them.</param>
/// <param name="DocumentsWithMentions">Documents with at least one event mention.</param>
/// <param name="DocumentsLinked">Documents sharing at least one event with another document of their topic.</param>
public sealed record SitrepCoverage(int Documents, int Mentions, int DocumentsWithMentions, int DocumentsLinked)
{
    /// <summary>The sum of two coverages.</summary>
    public SitrepCoverage Add(SitrepCoverage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Documents + other.Documents, Mentions + other.Mentions, DocumentsWithMentions + other.DocumentsWithMentions, DocumentsLinked + other.DocumentsLinked);
    }
}