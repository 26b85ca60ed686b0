namespace Sitrep.Documents;

/// <summary>
/// An article's text and the layers of annotations the analysis stages add to it, spaCy's <c>Doc</c> in spirit:
/// every annotation is a span of offsets into <see cref="Text"/>, and each stage adds one layer.
/// </summary>
public sealed class Document
{
    private readonly List<IDocumentLayer> layers = [];

    /// <summary>Creates a document with no layers.</summary>
    public Document(string id, string text, DateOnly? published = null, string? title = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        Published = published;
        Title = title;
    }

    /// <summary>The article id.</summary>
    public string Id { get; }

    /// <summary>The body text all offsets point into.</summary>
    public string Text { get; }

    /// <summary>The publication date relative expressions resolve against; null when unknown.</summary>
    public DateOnly? Published { get; }

    /// <summary>The headline, which is not part of <see cref="Text"/>.</summary>
    public string? Title { get; }

    /// <summary>The layers in the order the stages added them.</summary>
    public IReadOnlyList<IDocumentLayer> Layers => layers;

    /// <summary>Adds a stage's layer. A layer type is added once: stages never replace one another's work.</summary>
    public void Add<TLayer>(TLayer layer)
        where TLayer : class, IDocumentLayer
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layers.Exists(l => l is TLayer))
        {
            throw new InvalidOperationException($"Document {Id} already has a {typeof(TLayer).Name}.");
        }

        layers.Add(layer);
    }

    /// <summary>
    /// A new document with the same text and the layers added so far: where later stages run in several variants over
    /// one analysis (cross-validation scores each fold's models on copies of one analysed article).
    /// </summary>
    public Document Fork()
    {
        var fork = new Document(Id, Text, Published, Title);
        fork.layers.AddRange(layers);
        return fork;
    }

    /// <summary>The layer of type <typeparamref name="TLayer"/>; a missing layer means the pipeline is built in the wrong order.</summary>
    public TLayer Get<TLayer>()
        where TLayer : class, IDocumentLayer =>
        TryGet<TLayer>() ?? throw new InvalidOperationException(
            $"Document {Id} has no {typeof(TLayer).Name}: the stage that adds it must run earlier in the pipeline.");

    /// <summary>The layer of type <typeparamref name="TLayer"/>, or null when no stage added it.</summary>
    public TLayer? TryGet<TLayer>()
        where TLayer : class, IDocumentLayer
    {
        foreach (var layer in layers)
        {
            if (layer is TLayer typed)
            {
                return typed;
            }
        }

        return null;
    }
}