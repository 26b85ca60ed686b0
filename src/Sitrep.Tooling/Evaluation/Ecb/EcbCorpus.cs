namespace Sitrep.Evaluation.Ecb;

/// <summary>The ECB+ documents that could be read, by topic, and what could not be read.</summary>
/// <param name="Topics">Topics in numeric order, each with at least one document.</param>
/// <param name="Diagnostics">One per file that was skipped or repaired, naming the file.</param>
public sealed record EcbCorpus(IReadOnlyList<EcbTopic> Topics, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How many documents the topics hold together.</summary>
    public int DocumentCount => Topics.Sum(t => t.Documents.Count);
}