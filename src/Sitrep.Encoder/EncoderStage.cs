using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Pipeline;

namespace Sitrep.Encoder;

/// <summary>
/// The analysis stage that adds the <see cref="EncodingLayer"/>: the selected sentences (<see cref="SentenceSelection"/>)
/// of one document encoded once, batched by length, each with its word pieces' offsets and vectors and a sentence vector.
/// </summary>
public sealed class EncoderStage : IAnalysisStage
{
    private readonly SentenceEncoder encoder;

    internal EncoderStage(SentenceEncoder encoder, SentenceSelection selection)
    {
        this.encoder = encoder;
        Selection = selection;
    }

    /// <inheritdoc/>
    public string Name => "encoder";

    /// <summary>Which sentences this stage encodes.</summary>
    public SentenceSelection Selection { get; }

    /// <inheritdoc/>
    public void Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Get<SentenceLayer>();
        var selected = new List<(int Index, TextSpan Span)>();
        if (Selection == SentenceSelection.All)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                selected.Add((i, sentences.Sentences[i].Span));
            }
        }
        else
        {
            // A missing event layer is a pipeline built in the wrong order, which Get reports.
            var evidence = new SortedSet<int>();
            foreach (var mention in document.Get<EventLayer>().Mentions)
            {
                evidence.UnionWith(mention.SentenceIndexes.Where(i => i >= 0 && i < sentences.Count));
            }

            selected.AddRange(evidence.Select(i => (i, sentences.Sentences[i].Span)));
        }

        var encoded = selected.Count == 0 ? [] : encoder.Encode(document.Text, selected);
        document.Add(new EncodingLayer(EncoderModel.ModelName, sentences.Count, ImmutableArray.Create(encoded)));
    }
}