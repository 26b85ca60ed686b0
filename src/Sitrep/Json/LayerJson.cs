using System.Collections.Frozen;
using System.Text.Json;

using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.Json;

/// <summary>
/// The writer of each layer type's JSON value (the value under its name in <c>layers</c>): layers hold annotations
/// and never write themselves, so the shape of the output is read and changed here, in one namespace.
/// </summary>
public static class LayerJson
{
    private delegate void LayerWriter(Utf8JsonWriter writer, IDocumentLayer layer, Document document);

    private static readonly FrozenDictionary<Type, LayerWriter> Writers = new Dictionary<Type, LayerWriter>
    {
        [typeof(TokenLayer)] = (w, l, _) => TokenLayerJson.Write(w, (TokenLayer)l),
        [typeof(SentenceLayer)] = (w, l, _) => SentenceLayerJson.Write(w, (SentenceLayer)l),
        [typeof(EntityLayer)] = (w, l, d) => EntityLayerJson.Write(w, (EntityLayer)l, d),
        [typeof(LeadLayer)] = (w, l, d) => LeadLayerJson.Write(w, (LeadLayer)l, d),
        [typeof(AnalysisCutLayer)] = (w, l, _) => AnalysisCutLayerJson.Write(w, (AnalysisCutLayer)l),
        [typeof(EncodingLayer)] = (w, l, d) => EncodingLayerJson.Write(w, (EncodingLayer)l, d),
        [typeof(TimeLayer)] = (w, l, d) => TimeLayerJson.Write(w, (TimeLayer)l, d),
        [typeof(QuantityLayer)] = (w, l, d) => QuantityLayerJson.Write(w, (QuantityLayer)l, d),
        [typeof(PlaceLayer)] = (w, l, _) => PlaceLayerJson.Write(w, ((PlaceLayer)l).Items),
        [typeof(DatelineLayer)] = (w, l, d) => DatelineLayerJson.Write(w, (DatelineLayer)l, d),
        [typeof(ActorLayer)] = (w, l, d) => ActorLayerJson.Write(w, (ActorLayer)l, d),
        [typeof(EventLayer)] = (w, l, d) => EventLayerJson.Write(w, (EventLayer)l, d),
        [typeof(QuoteLayer)] = (w, l, _) => QuoteLayerJson.Write(w, (QuoteLayer)l),
    }.ToFrozenDictionary();

    /// <summary>True when <paramref name="layerType"/> has a writer here.</summary>
    public static bool Writes(Type layerType) => Writers.ContainsKey(layerType);

    /// <summary>Writes <paramref name="layer"/>'s value (usually an array of spans) in the shape ARCHITECTURE.md fixes.</summary>
    /// <exception cref="InvalidOperationException">The layer's type has no writer here: a new layer was added without one.</exception>
    public static void Write(Utf8JsonWriter writer, IDocumentLayer layer, Document document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(document);
        if (!Writers.TryGetValue(layer.GetType(), out var write))
        {
            throw new InvalidOperationException($"The layer '{layer.Name}' ({layer.GetType().FullName}) has no JSON writer in {nameof(LayerJson)}.");
        }

        write(writer, layer, document);
    }
}