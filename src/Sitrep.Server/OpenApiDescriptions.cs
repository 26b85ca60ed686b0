using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Sitrep.Events;
using Sitrep.Exports;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>
/// The OpenAPI document's parameters and response schemas. The endpoints read their query strings themselves (so
/// one reader checks every filter and names every bad field), so ASP.NET cannot infer either: they are declared
/// here, per path, from the same names the readers use (sort names, PLOVER types, export formats).
/// </summary>
internal static class OpenApiDescriptions
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = context.Description.RelativePath ?? "";
        (List<IOpenApiParameter> Parameters, IOpenApiSchema? Response) described = path switch
        {
            "api/events" => (EventFilterParameters(paged: true), Object(("total", Integer()), ("offset", Integer()), ("limit", Integer()), ("events", Array(EventSummary())))),
            "api/events/{id}" => ([], EventDetail()),
            "api/articles/{id}" => ([], Object(("id", Text()), ("outlet", Text(true)), ("url", Text(true)), ("title", Text(true)), ("published", Date(true)), ("syndicated_from", Text(true)), ("document", Object()), ("mentions", Array(Object(("event_id", Text(true)), ("mention", Object())))))),
            "api/search" => ([Query("q", Text(), "Words to find in events' evidence and articles (English stemming: airstrike finds airstrikes).", required: true), Query("limit", Integer(1, ApiEndpoints.MaxLimit), "At most this many of each.")],
                Object(("q", Text()), ("events", Array(EventSummary())), ("articles", Array(Object(("id", Text()), ("outlet", Text(true)), ("title", Text(true)), ("published", Date(true)), ("syndicated_from", Text(true))))))),
            "api/actors" => ([Query("q", Text(), "Only actors whose name holds these words (case and accents ignored)."), Query("limit", Integer(1, ApiEndpoints.MaxLimit), "At most this many actors (default 100).")],
                Array(Object(("name", Text()), ("country", Text(true)), ("sector", Text()), ("events", Integer())))),
            "healthz" => ([], Object(("status", Text()), ("articles", Integer()), ("events", Integer()))),
            _ when path.StartsWith("api/export.", StringComparison.Ordinal) => (
                [.. EventFilterParameters(paged: false), Query("acled_only", Boolean(), "Only events of a type ACLED codes."), Query("dated_only", Boolean(), "Only events with a date.")],
                null),
            _ => ([], null),
        };
        var (parameters, response) = described;

        operation.Parameters ??= [];
        foreach (var parameter in parameters)
        {
            operation.Parameters.Add(parameter);
        }

        if (response is not null)
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse { Description = "OK", Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = response } } };
        }
        else if (path.StartsWith("api/export.", StringComparison.Ordinal) && ExportFormatNames.TryParse(path["api/export.".Length..], out var format))
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse { Description = $"The {ExportFormatNames.NameOf(format)} export", Content = new Dictionary<string, OpenApiMediaType> { [ExportFormatNames.MediaTypeOf(format).Split(';')[0]] = new() { Schema = Text() } } };
        }

        if (path == "api/articles/{id}")
        {
            // The article page analyses the stored text under a budget (docs/hostile-input.md), so it can refuse.
            operation.Responses ??= [];
            operation.Responses["404"] = new OpenApiResponse { Description = "No stored article has this id." };
            operation.Responses["422"] = new OpenApiResponse { Description = "The article is quarantined: problem details with its reason and quarantined_at; it is not analysed." };
            operation.Responses["503"] = new OpenApiResponse { Description = "Its analysis ran over the time budget (reason time_budget), with Retry-After; remembered for a while." };
        }

        if (parameters.Count > 0)
        {
            operation.Responses ??= [];
            operation.Responses["400"] = new OpenApiResponse { Description = "A bad parameter: RFC 7807 problem details with an errors object naming each field." };
        }

        return Task.CompletedTask;
    }

    private static List<IOpenApiParameter> EventFilterParameters(bool paged)
    {
        List<IOpenApiParameter> list =
        [
            Query("since", DateFilter(), "Only events whose date range reaches this day or later (overlap). ISO 8601: YYYY, YYYY-MM (their first day), YYYY-MM-DD, or a date-time with an optional Z or ±hh:mm offset (its day as written)."),
            Query("until", DateFilter(), "Only events whose date range starts on or before this day. ISO 8601: YYYY, YYYY-MM (their last day), YYYY-MM-DD, or a date-time with an optional offset (its day as written)."),
            Query("type", Enumeration(Enum.GetValues<PloverType>().Select(PloverTypeNames.NameOf)), "Only this PLOVER type."),
            Query("country", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Za-z]{2}$" }, "Only events placed in this country (ISO 3166-1 alpha-2)."),
            Query("actor", Text(), "Only events naming this actor or recipient."),
            Query("text", Text(), "Only events whose evidence holds these words (stemmed)."),
            Query("min_sources", Integer(0, 1000), "At least this many independent sources."),
            Query("sort", Enumeration(EventSortNames.All.Select(p => p.Name)), "The order (default date_desc)."),
        ];
        if (paged)
        {
            list.Add(Query("limit", Integer(1, ApiEndpoints.MaxLimit), $"At most this many events (default {ApiEndpoints.DefaultLimit})."));
            list.Add(Query("offset", Integer(0, int.MaxValue), "Skip this many (paging)."));
        }

        return list;
    }

    private static OpenApiParameter Query(string name, IOpenApiSchema schema, string description, bool required = false) =>
        new() { Name = name, In = ParameterLocation.Query, Schema = schema, Description = description, Required = required };

    private static OpenApiSchema EventSummary() => Object(
        ("id", Text()), ("type", Text()), ("mode", Text(true)), ("kind", Text()), ("modality", Text()),
        ("date", Nullable(Object(("from", Date()), ("to", Date()), ("precision", Text())))),
        ("place", Nullable(Object(("name", Text()), ("country", Text(true)), ("admin1", Text(true)), ("admin2", Text(true)), ("lat", Number()), ("lon", Number()), ("precision", Integer(1, 5))))),
        ("actors", Array(Actor())), ("recipients", Array(Actor())),
        ("fatalities", Count()), ("injuries", Count()), ("arrests", Count()),
        ("sources", Array(Object(("id", Text()), ("outlet", Text(true)), ("published", Date(true)), ("syndicated", Boolean()), ("syndicated_from", Text(true))))),
        ("independent_sources", Integer()), ("disputed", Boolean()));

    private static OpenApiSchema EventDetail()
    {
        var detail = EventSummary();
        detail.Properties!["requested_id"] = Text(true);
        detail.Properties["provenance"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Object(("value", new OpenApiSchema()), ("support", Array(Text())), ("disagreements", Array(Object()))) };
        detail.Properties["mentions"] = Array(Object(("id", Text()), ("article_id", Text()), ("evidence", Text()), ("spans", Array(Object(("start", Integer()), ("end", Integer()))))));
        detail.Properties["decisions"] = Array(Object(("mention", Text()), ("created", Boolean()), ("score", Number()), ("candidates", Integer()), ("reason", Text())));
        detail.Properties["revisions"] = Array(Object(("at", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }), ("event_id", Text()), ("article_id", Text()), ("field", Text()), ("old", new OpenApiSchema()), ("new", new OpenApiSchema())));
        return detail;
    }

    private static OpenApiSchema Actor() => Object(("name", Text()), ("country", Text(true)), ("sector", Text()));

    private static OpenApiSchema Count() => Nullable(Object(("min", Integer()), ("max", Integer())));

    private static OpenApiSchema Object(params (string Name, IOpenApiSchema Schema)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = properties.ToDictionary(p => p.Name, p => p.Schema, StringComparer.Ordinal),
    };

    private static OpenApiSchema Array(IOpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };

    private static OpenApiSchema Text(bool nullable = false) => new() { Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String };

    private static OpenApiSchema Date(bool nullable = false) => new() { Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String, Format = "date" };

    // No single OpenAPI format covers a year, a month, a day and a date-time, so the pattern states the shapes.
    private static OpenApiSchema DateFilter() => new()
    {
        Type = JsonSchemaType.String,
        Pattern = @"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$",
    };

    private static OpenApiSchema Integer(long? minimum = null, long? maximum = null) => new()
    {
        Type = JsonSchemaType.Integer,
        Minimum = minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static OpenApiSchema Number() => new() { Type = JsonSchemaType.Number };

    private static OpenApiSchema Boolean() => new() { Type = JsonSchemaType.Boolean };

    private static OpenApiSchema Enumeration(IEnumerable<string> values) => new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))] };

    private static OpenApiSchema Nullable(OpenApiSchema schema)
    {
        schema.Type |= JsonSchemaType.Null;
        return schema;
    }
}