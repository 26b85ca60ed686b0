using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>The lower-cased tokens of a document and their candidate lemmas, computed once per document.</summary>
internal sealed class DocumentWords
{
    public DocumentWords(Document document, TokenLayer tokens)
    {
        Text = document.Text;
        Tokens = tokens;
        Lower = new string[tokens.Count];
        LemmaSets = new string[tokens.Count][];
        for (var i = 0; i < tokens.Count; i++)
        {
            var raw = tokens.TextOf(document.Text, i);
            Lower[i] = raw.ToString().ToLowerInvariant().Replace('’', '\'');
            LemmaSets[i] = tokens.KindOf(i) == TokenKind.Word ? [.. Lemmas.Of(raw)] : [Lower[i]];
        }
    }

    public string Text { get; }

    public TokenLayer Tokens { get; }

    public string[] Lower { get; }

    public string[][] LemmaSets { get; }

    // Per-sentence answers, asked once per trigger: memoised so that a sentence with many triggers is read once per
    // question, not once per trigger.
    private readonly Dictionary<(int Sentence, string Phrase), bool> sentencePhrases = [];

    /// <summary>
    /// True when the first occurrence of <paramref name="phrase"/> in the sentence (ignoring case) does not follow a letter.
    /// </summary>
    public bool SentenceHas(Sentence sentence, string phrase)
    {
        if (!sentencePhrases.TryGetValue((sentence.FirstToken, phrase), out var has))
        {
            var start = Tokens.StartOf(sentence.FirstToken);
            var text = Text.AsSpan(start, Tokens.EndOf(sentence.EndToken - 1) - start);
            var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            has = at >= 0 && (at == 0 || !char.IsLetter(text[at - 1]));
            sentencePhrases[(sentence.FirstToken, phrase)] = has;
        }

        return has;
    }

    public bool IsWord(int i) => Tokens.KindOf(i) is TokenKind.Word or TokenKind.Abbreviation;

    public bool IsPunctuation(int i) => Tokens.KindOf(i) is TokenKind.Punctuation or TokenKind.Symbol;

    public bool HasLemma(int i, string lemma) => Array.IndexOf(LemmaSets[i], lemma) >= 0;

    /// <summary>True when one of the <paramref name="window"/> words before token <paramref name="i"/> (not before <paramref name="floor"/>) is in <paramref name="words"/>.</summary>
    public bool AnyBefore(int i, int floor, int window, IReadOnlySet<string> words)
    {
        for (int j = i - 1, seen = 0; j >= floor && seen < window; j--)
        {
            if (words.Contains(Lower[j]))
            {
                return true;
            }

            seen++;
        }

        return false;
    }
}