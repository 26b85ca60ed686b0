using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Clustering;

namespace Sitrep.Storage;

/// <summary>Reads an event's decisions and revisions.</summary>
internal static class SqliteEventRows
{
    public static async Task<IReadOnlyList<ClusterDecision>> ReadDecisionsAsync(SqliteConnection connection, string eventId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT mention_id, event_id, created, score, candidates, reason FROM cluster_decisions WHERE event_id = $e ORDER BY mention_id";
        command.Parameters.AddWithValue("$e", eventId);
        var decisions = new List<ClusterDecision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            decisions.Add(new ClusterDecision(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) != 0, reader.GetDouble(3), reader.GetInt32(4), reader.GetString(5)));
        }

        return decisions;
    }

    public static async Task<IReadOnlyList<EventRevision>> ReadRevisionsAsync(SqliteConnection connection, string eventId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // An event's history includes the history of the ids that now resolve to it.
        command.CommandText = """
            SELECT event_id, at, article_id, field, old_value, new_value FROM event_revisions
            WHERE event_id = $e OR event_id IN (SELECT alias FROM event_aliases WHERE event_id = $e)
            ORDER BY seq
            """;
        command.Parameters.AddWithValue("$e", eventId);
        var revisions = new List<EventRevision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            revisions.Add(new EventRevision(
                reader.GetString(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return revisions;
    }
}