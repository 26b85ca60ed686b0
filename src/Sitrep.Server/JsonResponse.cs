using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Server;

/// <summary>Answers written with <see cref="Utf8JsonWriter"/> in Sitrep's one JSON style, the exact shape the CLI prints.</summary>
internal static class JsonResponse
{
    public const string MediaType = "application/json; charset=utf-8";

    public static IResult Of(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, SitrepJson.WriterOptions))
        {
            write(writer);
        }

        return Results.Bytes(stream.ToArray(), MediaType);
    }
}