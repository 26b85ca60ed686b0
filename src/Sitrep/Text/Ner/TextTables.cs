using Sitrep.Text.Lexicon;

namespace Sitrep.Text.Ner;

/// <summary>
/// The word tables of data/ner the text stages, the NER model, the actor and the event stages read: loaded once by
/// the composition root (<c>AnalysisPipelineBuilder</c>) and passed down through constructors, never reached through a
/// global. Immutable and thread-safe.
/// </summary>
internal sealed class TextTables
{
    private TextTables(TextResources words, NerNameLists names)
    {
        Words = words;
        Names = names;
        Lexicon = new BuiltInLexicon(words);
    }

    /// <summary>Demonyms, place classes, titles and roles.</summary>
    public TextResources Words { get; }

    /// <summary>Organisation cues and names, people's names.</summary>
    public NerNameLists Names { get; }

    /// <summary>The tagger's word-list evidence built from <see cref="Words"/>.</summary>
    public BuiltInLexicon Lexicon { get; }

    /// <summary>Reads every table from the compiled-in resources.</summary>
    public static TextTables Load()
    {
        var words = TextResources.Load();
        return new TextTables(words, NerNameLists.Load(words));
    }
}