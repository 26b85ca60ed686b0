using System.Globalization;
using System.Text;

using Sitrep.Storage;

namespace Sitrep.Postgres;

/// <summary>Turns an <see cref="EventQuery"/> into a WHERE clause over <c>events e</c> with positional parameters.</summary>
internal static class PostgresEventFilter
{
    /// <summary>
    /// The clause, its parameter values appended to <paramref name="values"/>; null when the query cannot match
    /// anything (a search of punctuation only).
    /// </summary>
    public static string? Where(EventQuery query, List<object?> values)
    {
        string Next(object? value)
        {
            values.Add(value);
            return "$" + values.Count.ToString(CultureInfo.InvariantCulture);
        }

        var sql = new StringBuilder("TRUE");
        if (query.Since is { } since)
        {
            // Overlap by default; containment when asked (EventDateMatch.Within), as SqliteEventFilter reads them.
            sql.Append(query.DateMatch == EventDateMatch.Within ? " AND e.date_from >= " : " AND e.date_to >= ").Append(Next(since));
        }

        if (query.Until is { } until)
        {
            sql.Append(query.DateMatch == EventDateMatch.Within ? " AND e.date_to <= " : " AND e.date_from <= ").Append(Next(until));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            sql.Append(" AND e.type = ").Append(Next(query.Type.Trim().ToUpperInvariant()));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            sql.Append(" AND e.country = ").Append(Next(query.Country.Trim().ToUpperInvariant()));
        }

        if (query.MinSources > 0)
        {
            sql.Append(" AND e.independent_sources >= ").Append(Next(query.MinSources));
        }

        foreach (var (column, text) in new[] { ("e.actors_search", query.Actor), ("e.evidence_search", query.Text) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (SearchText.Terms(text) is not { } terms)
            {
                return null;
            }

            sql.Append(" AND ").Append(SearchText.MatchSql(column, Next(terms.ToArray())));
        }

        return sql.ToString();
    }
}