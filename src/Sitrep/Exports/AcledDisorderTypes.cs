namespace Sitrep.Exports;

/// <summary>
/// ACLED event and sub-event type → disorder_type (data/exports/acled-disorder.tsv, ACLED's 2023 column guide):
/// Political violence, Demonstrations, both, or Strategic developments.
/// </summary>
public sealed class AcledDisorderTypes
{
    private const string ResourceName = "Sitrep.Exports.acled-disorder.tsv";

    private readonly IReadOnlyList<(string EventType, string SubEventType, string Disorder)> rows;

    private AcledDisorderTypes(IReadOnlyList<(string, string, string)> rows) => this.rows = rows;

    /// <summary>Loads the compiled-in table.</summary>
    public static AcledDisorderTypes LoadDefault() => new([.. ExportResources.Rows(ExportResources.Read(ResourceName))
        .Select(cells => cells.Length >= 3 ? (cells[0], cells[1], cells[2]) : throw new FormatException($"acled-disorder.tsv: malformed row '{string.Join('\t', cells)}'."))]);

    /// <summary>The disorder type of <paramref name="type"/> (an exact sub-type row first, then the type's '*' row), or "".</summary>
    public string Of(AcledType type)
    {
        foreach (var sub in new[] { type.SubEventType, "*" })
        {
            foreach (var (eventType, subEventType, disorder) in rows)
            {
                if (eventType == type.EventType && subEventType == sub)
                {
                    return disorder;
                }
            }
        }

        return "";
    }
}