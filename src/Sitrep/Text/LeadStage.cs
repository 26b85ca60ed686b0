using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// The "lead" stage: reads the article's headline in capitals, byline and dateline into a <see cref="LeadLayer"/>.
/// Runs before the entity stage, which keeps their words out of people and organisations.
/// </summary>
public sealed class LeadStage : IAnalysisStage
{
    /// <inheritdoc/>
    public string Name => "lead";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Add(LeadReader.Default.Read(document.Text));
    }
}