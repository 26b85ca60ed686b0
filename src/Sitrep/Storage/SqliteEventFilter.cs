using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Sitrep.Storage;

/// <summary>Turns an <see cref="EventQuery"/> into a WHERE clause over <c>events e</c> with its parameters.</summary>
internal static class SqliteEventFilter
{
    /// <summary>
    /// Adds the filter's parameters to <paramref name="command"/> and returns the clause; false when the query cannot
    /// match anything (a search of punctuation only).
    /// </summary>
    public static bool TryApply(EventQuery query, SqliteCommand command, out string where)
    {
        var sql = new StringBuilder("1 = 1");
        if (query.Since is { } since)
        {
            sql.Append(query.DateMatch == EventDateMatch.Within ? " AND e.date_from >= $since" : " AND e.date_to >= $since");
            command.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.Until is { } until)
        {
            sql.Append(query.DateMatch == EventDateMatch.Within ? " AND e.date_to <= $until" : " AND e.date_from <= $until");
            command.Parameters.AddWithValue("$until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            sql.Append(" AND e.type = $type");
            command.Parameters.AddWithValue("$type", query.Type.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            sql.Append(" AND e.country = $country");
            command.Parameters.AddWithValue("$country", query.Country.Trim().ToUpperInvariant());
        }

        if (query.MinSources > 0)
        {
            sql.Append(" AND e.independent_sources >= $min");
            command.Parameters.AddWithValue("$min", query.MinSources);
        }

        if (!TryAddMatch(sql, command, "actors", "$actor", query.Actor) || !TryAddMatch(sql, command, "evidence", "$text", query.Text))
        {
            where = "";
            return false;
        }

        where = sql.ToString();
        return true;
    }

    private static bool TryAddMatch(StringBuilder sql, SqliteCommand command, string column, string parameter, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (FtsQuery.FromUserText(text) is not { } match)
        {
            return false;
        }

        sql.Append(CultureInfo.InvariantCulture, $" AND e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH {parameter})");
        command.Parameters.AddWithValue(parameter, $"{column} : ({match})");
        return true;
    }
}