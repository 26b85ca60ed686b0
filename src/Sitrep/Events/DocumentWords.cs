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