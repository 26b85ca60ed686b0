using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Storage;

/// <summary>
/// How the store serialises mentions and fused events into its JSON columns: the records as they are, enums by name,
/// so that a stored row reads back into the same value.
/// </summary>
internal static class EventStoreJson
{
    /// <summary>The options for every JSON column.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    /// <summary>Serialises <paramref name="value"/>.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a <typeparamref name="T"/> from <paramref name="json"/>; a null result is a corrupt row.</summary>
    public static T Read<T>(string json) where T : class =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"A stored {typeof(T).Name} is null.");
}