using System.Globalization;
using Sitrep.Postgres;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep articles --quarantined</c>: the articles set aside because their analysis failed or went over its budget.</summary>
internal static class QuarantinedArticlesCommand
{
    public static async Task<int> ListAsync(CliConsole console, string dbPath, bool json, CancellationToken ct)
    {
        await using var events = await StoreOpener.OpenEventsAsync(dbPath, TimeProvider.System, ct).ConfigureAwait(false);
        var quarantined = await events.QuarantinedArticlesAsync(ct).ConfigureAwait(false);
        if (json)
        {
            JsonOutput.Write(console.Json, writer =>
            {
                writer.WriteStartArray();
                foreach (var q in quarantined)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", q.ArticleId);
                    writer.WriteString("reason", q.Reason);
                    writer.WriteString("quarantined_at", q.QuarantinedAt.ToString("O", CultureInfo.InvariantCulture));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("id", "quarantined at", "reason");
        foreach (var q in quarantined)
        {
            table.AddRow(Markup.Escape(q.ArticleId), q.QuarantinedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(q.Reason));
        }

        console.Human.Write(table);
        console.Human.MarkupLine($"{quarantined.Count} quarantined article(s); 'sitrep reprocess --quarantined' retries them.");
        return ExitCodes.Ok;
    }
}