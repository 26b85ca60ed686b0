using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Exports;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>The read-only JSON API: events, one event with provenance, articles with their layers, search, actors, exports.</summary>
internal static class ApiEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    public const int MaxExportLimit = 100_000;

    // HEAD is answered wherever GET is (RFC 9110 §9.3.2): Kestrel sends the GET's headers without its body.
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/healthz", GetAndHead, HealthAsync).WithSummary("Liveness: the store answers.");
        var api = app.MapGroup("/api");
        api.MapMethods("/events", GetAndHead, ListEventsAsync)
            .WithSummary("Events matching the filters (since, until, type, country, actor, text, min_sources), paged (limit, offset) and sorted (sort = date_desc, date_asc, sources, fatalities).");
        api.MapMethods("/events/{id}", GetAndHead, GetEventAsync).WithSummary("One event: every field with its supporting and disagreeing mentions, the mentions with their evidence, decisions and revisions.");
        api.MapMethods("/articles/{id}", GetAndHead, GetArticleAsync).WithSummary("One article: its text and annotation layers (offsets into the text), and the events it reports.");
        api.MapMethods("/search", GetAndHead, SearchAsync).WithSummary("Full-text search (q) over events' evidence and articles.");
        api.MapMethods("/actors", GetAndHead, ListActorsAsync).WithSummary("Actors named by stored events, most events first; q keeps those whose name contains its words (case and accents ignored), limit caps the list.");
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            api.MapMethods($"/export.{ExportFormatNames.NameOf(format)}", GetAndHead, (HttpContext context, ServerStores stores, ExportTables tables, CancellationToken ct) => ExportAsync(context, stores, tables, format, ct))
                .WithSummary($"Events matching the filters as {ExportFormatNames.NameOf(format)}; acled_only=true keeps types ACLED codes, dated_only=true dated events.");
        }
    }

    private static async Task<IResult> HealthAsync(ServerStores stores, CancellationToken ct)
    {
        var articles = await stores.Articles.CountArticlesAsync(ct).ConfigureAwait(false);
        var events = await stores.Events.CountEventsAsync(new EventQuery(), ct).ConfigureAwait(false);
        return JsonResponse.Of(w =>
        {
            w.WriteStartObject();
            w.WriteString("status", "ok");
            w.WriteNumber("articles", articles);
            w.WriteNumber("events", events);
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> ListEventsAsync(HttpRequest request, ServerStores stores, CancellationToken ct)
    {
        if (EventFilters.TryRead(request.Query, DefaultLimit, MaxLimit, out var errors) is not { } query)
        {
            return Results.ValidationProblem(errors);
        }

        var total = await stores.Events.CountEventsAsync(query, ct).ConfigureAwait(false);
        var events = await stores.Events.QueryEventsAsync(query, ct).ConfigureAwait(false);
        return JsonResponse.Of(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("total", total);
            w.WriteNumber("offset", query.Offset);
            w.WriteNumber("limit", query.Limit);
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                EventJsonWriter.WriteSummary(w, e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> GetEventAsync(string id, ServerStores stores, CancellationToken ct)
    {
        var stored = await stores.Events.GetEventAsync(id, ct).ConfigureAwait(false);
        return stored is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such event", detail: $"No event has the id or alias '{id}'.")
            : JsonResponse.Of(w => EventJsonWriter.WriteDetail(w, stored));
    }

    private static async Task<IResult> GetArticleAsync(string id, HttpContext context, ServerStores stores, ArticleAnalyzer analyzer, CancellationToken ct)
    {
        var stored = await stores.Articles.GetArticleAsync(id, ct).ConfigureAwait(false);
        if (stored is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"No article has the id '{id}'.");
        }

        // Ingest set it aside (its analysis failed or overran): analysing it here would meet the same fate on every request.
        if (await stores.Events.QuarantineOfAsync(id, ct).ConfigureAwait(false) is { } quarantine)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity, title: "Article quarantined",
                detail: $"Article '{id}' is quarantined: {quarantine.Reason} ('sitrep reprocess --quarantined' retries it).",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["reason"] = quarantine.Reason,
                    ["quarantined_at"] = quarantine.QuarantinedAt.ToString("O", CultureInfo.InvariantCulture),
                });
        }

        var page = analyzer.Analyze(stored.Article, ct);
        if (page.DocumentJson is not { } documentJson)
        {
            return AnalysisFailure(id, page, context, analyzer);
        }

        var mentions = await stores.Events.MentionsOfArticleAsync(id, ct).ConfigureAwait(false);
        var events = await stores.Events.EventsOfArticleAsync(id, ct).ConfigureAwait(false);
        var eventOfMention = events.SelectMany(e => e.Event.MentionIds.Select(m => (Mention: m, Event: e.Event.Id)))
            .GroupBy(p => p.Mention, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Event, StringComparer.Ordinal);
        var a = stored.Article;
        return JsonResponse.Of(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("outlet", a.Outlet);
            w.WriteString("url", a.Url);
            w.WriteString("title", a.Title);
            w.WriteString("published", a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("syndicated_from", stored.SyndicatedFrom);
            w.WritePropertyName("document");
            w.WriteRawValue(documentJson, skipInputValidation: true);
            w.WriteStartArray("mentions");
            foreach (var m in mentions)
            {
                w.WriteStartObject();
                w.WriteString("event_id", eventOfMention.GetValueOrDefault(m.Id));
                w.WritePropertyName("mention");
                EventJsonWriter.WriteMention(w, m);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static IResult AnalysisFailure(string id, ArticlePage page, HttpContext context, ArticleAnalyzer analyzer)
    {
        if (page.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Analysis over budget",
                detail: $"Article '{id}' took longer than {analyzer.TimeLimit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s to analyse; it is not analysed again for a while.",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["reason"] = page.Failure });
        }

        return Results.Problem(
            statusCode: StatusCodes.Status500InternalServerError, title: "Analysis failed", detail: $"Article '{id}': {page.Failure}.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["reason"] = page.Failure });
    }

    private static async Task<IResult> SearchAsync(HttpRequest request, ServerStores stores, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var q = EventFilters.Text(request.Query, "q", errors);
        var limit = EventFilters.Integer(request.Query, "limit", 20, 1, MaxLimit, errors);
        if (q is null && errors.Count == 0)
        {
            errors["q"] = ["q (the words to search for) is required."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var events = await stores.Events.QueryEventsAsync(new EventQuery(Text: q, Limit: limit), ct).ConfigureAwait(false);
        var articles = await stores.Articles.QueryArticlesAsync(new ArticleQuery(Search: q, Limit: limit), ct).ConfigureAwait(false);
        return JsonResponse.Of(w =>
        {
            w.WriteStartObject();
            w.WriteString("q", q);
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                EventJsonWriter.WriteSummary(w, e);
            }

            w.WriteEndArray();
            w.WriteStartArray("articles");
            foreach (var s in articles)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Article.Id);
                w.WriteString("outlet", s.Article.Outlet);
                w.WriteString("title", s.Article.Title);
                w.WriteString("published", s.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("syndicated_from", s.SyndicatedFrom);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> ListActorsAsync(HttpRequest request, ServerStores stores, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var limit = EventFilters.Integer(request.Query, "limit", 100, 1, MaxLimit, errors);
        var q = EventFilters.Text(request.Query, "q", errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        // The store ranks every actor; q is applied before the limit so a match ranked low is still found.
        var ranked = await stores.Events.ListActorsAsync(q is null ? limit : int.MaxValue, ct).ConfigureAwait(false);
        var actors = q is null ? ranked : [.. ranked.Where(a => ActorNameMatch.Matches(a.Name, q)).Take(limit)];
        return JsonResponse.Of(w =>
        {
            w.WriteStartArray();
            foreach (var a in actors)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                w.WriteString("country", a.Country);
                w.WriteString("sector", a.Sector.ToString().ToLowerInvariant());
                w.WriteNumber("events", a.Events);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static async Task<IResult> ExportAsync(HttpContext context, ServerStores stores, ExportTables tables, ExportFormat format, CancellationToken ct)
    {
        if (EventFilters.TryRead(context.Request.Query, MaxExportLimit, MaxExportLimit, out var errors) is not { } query)
        {
            return Results.ValidationProblem(errors);
        }

        var filter = new ExportFilter(Flag(context.Request.Query, "acled_only", errors), Flag(context.Request.Query, "dated_only", errors));
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var name = $"sitrep-events.{ExportFormatNames.NameOf(format)}";
        return Results.Stream(
            body => EventExporter.WriteAsync(stores.Events, query, format, tables, body, ct, filter),
            ExportFormatNames.MediaTypeOf(format),
            fileDownloadName: name);
    }

    private static bool Flag(IQueryCollection q, string name, Dictionary<string, string[]> errors)
    {
        var raw = q[name].ToString();
        if (raw.Length == 0 || raw is "false" or "0")
        {
            return false;
        }

        if (raw is "true" or "1")
        {
            return true;
        }

        errors[name] = [$"{name} must be true or false."];
        return false;
    }
}