using Microsoft.Data.Sqlite;
using Sitrep.Clustering;

namespace Sitrep.Storage;

/// <summary>One SQLite write transaction (BEGIN IMMEDIATE) of <see cref="SqliteEventStore"/>, read and written through one connection.</summary>
internal sealed class SqliteEventTransaction(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now) : IEventWriteTransaction
{
    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction => transaction;

    public Task<IReadOnlyList<StoredEvent>> FindCandidatesAsync(IReadOnlyCollection<string> blockKeys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blockKeys);
        return SqliteEventStore.FindCandidatesAsync(connection, transaction, blockKeys, cancellationToken);
    }

    public Task<IReadOnlyList<StoredEvent>> EventsOfArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return SqliteEventStore.EventsOfArticleAsync(connection, transaction, articleId, cancellationToken);
    }

    public async Task ApplyAsync(EventUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        var writer = new SqliteEventWriter(connection, transaction, now);
        await writer.ReplaceArticleMentionsAsync(update.ArticleId, update.Mentions, cancellationToken);
        foreach (var removed in update.Removed)
        {
            await writer.RemoveEventAsync(removed, cancellationToken);
        }

        foreach (var clustered in update.Upserted)
        {
            await writer.UpsertEventAsync(clustered, cancellationToken);
        }

        foreach (var decision in update.Decisions)
        {
            await writer.WriteDecisionAsync(decision, cancellationToken);
        }

        foreach (var revision in update.Revisions)
        {
            await writer.WriteRevisionAsync(revision, cancellationToken);
        }
    }

    public static async Task<bool> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    public static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}