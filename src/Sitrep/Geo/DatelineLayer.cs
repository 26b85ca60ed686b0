
using Sitrep.Documents;

namespace Sitrep.Geo;

/// <summary>
/// Where and by whom the story was filed: the dateline's place resolved in the gazetteer, its outlet, the byline's
/// author. The place of reporting is not where anything happened: it is kept out of the <see cref="PlaceLayer"/>, and
/// is the story's default location only for a single-incident story whose text names no place of its own
/// (AP Stylebook: a dateline names where the reporter gathered the story).
/// </summary>
public sealed class DatelineLayer : IDocumentLayer
{
    /// <summary>Creates the layer; all parts are optional.</summary>
    public DatelineLayer(PlaceMention? place, string? outlet, string? author, TextSpan? date)
    {
        Place = place;
        Outlet = outlet;
        Author = author;
        Date = date;
    }

    /// <inheritdoc/>
    public string Name => "dateline";

    /// <summary>The place of reporting ("MIAMI" → Miami, Florida), or null when there is no dateline or it did not resolve.</summary>
    public PlaceMention? Place { get; }

    /// <summary>The outlet in the dateline's brackets or after the byline ("VOA", "CBSMiami"), or null.</summary>
    public string? Outlet { get; }

    /// <summary>The byline's author, or null.</summary>
    public string? Author { get; }

    /// <summary>A date written in the dateline ("March 3"); its resolution is the time layer's expression at this span.</summary>
    public TextSpan? Date { get; }

    /// <summary>The dateline layer of a document's lead and the places resolved in it; the other mentions are the story's places.</summary>
    public static (DatelineLayer Dateline, List<PlaceMention> Places) Split(LeadLayer? lead, IReadOnlyList<PlaceMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var places = new List<PlaceMention>(mentions.Count);
        PlaceMention? reporting = null;
        foreach (var mention in mentions)
        {
            if (lead?.Dateline is { } dateline && dateline.Place.Contains(mention.Span))
            {
                // "KABUL, Afghanistan": the most precise name is the place; "ISLAMABAD/PENTAGON": the first.
                if (reporting is null || mention.Place.Precision < reporting.Place.Precision)
                {
                    reporting = mention;
                }
            }
            else
            {
                places.Add(mention);
            }
        }

        var outlet = lead?.Dateline?.Outlet ?? lead?.Byline?.Outlet;
        return (new DatelineLayer(reporting, outlet, lead?.Byline?.Author, lead?.Dateline?.Date), places);
    }
}