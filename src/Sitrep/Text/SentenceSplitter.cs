using System.Collections.Immutable;
using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Splits a tokenised text into sentences. A sentence ends at '.', '!', '?' or an ellipsis (with the closing quotes
/// and brackets right after it) when what follows starts a sentence; at an abbreviation only before a typical
/// sentence opener; always at a blank line; at a single line break unless the text is hard-wrapped or the next line
/// continues the sentence (so headline lines stand alone); and between an embedded post's link and its
/// "— Author (@handle) date" attribution.
/// </summary>
internal sealed class SentenceSplitter
{
    /// <summary>
    /// The longest sentence the later stages see, in tokens. Text without sentence punctuation would otherwise be
    /// one "sentence" that every per-sentence scan walks once per trigger; real sentences stay far below it (the
    /// longest in the VOA corpora is under 120 tokens).
    /// </summary>
    public const int MaxTokens = 400;

    private readonly AbbreviationTable abbreviations;

    public SentenceSplitter(AbbreviationTable abbreviations) => this.abbreviations = abbreviations;

    public ImmutableArray<Sentence> Split(string text, TokenLayer tokens)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var n = tokens.Count;
        var hardWrapped = LineLayout.IsHardWrapped(text);
        var first = 0;
        var i = 0;
        while (i < n)
        {
            var last = EndOfSentenceAt(text, tokens, i, hardWrapped);
            if (last >= 0)
            {
                Add(result, tokens, first, last);
                first = last + 1;
                i = last + 1;
            }
            else if (i - first + 1 >= MaxTokens)
            {
                // A run-on "sentence" is cut at the cap, and the cut is said in the layer.
                result.Add(new Sentence(new TextSpan(tokens.StartOf(first), tokens.EndOf(i)), first, i - first + 1) { EndsAtLengthCap = true });
                first = i + 1;
                i++;
            }
            else
            {
                i++;
            }
        }

        if (first < n)
        {
            Add(result, tokens, first, n - 1);
        }

        return result.ToImmutable();
    }

    private static void Add(ImmutableArray<Sentence>.Builder result, TokenLayer tokens, int first, int last) =>
        result.Add(new Sentence(new TextSpan(tokens.StartOf(first), tokens.EndOf(last)), first, last - first + 1));

    // The index of the last token of a sentence that ends at or just after token i, or -1 when none ends there.
    private int EndOfSentenceAt(string text, TokenLayer tokens, int i, bool hardWrapped)
    {
        var n = tokens.Count;
        if (i + 1 >= n)
        {
            return i;
        }

        if (BreaksAtLine(text, tokens, i, hardWrapped))
        {
            return i;
        }

        var kind = tokens.KindOf(i);
        var token = tokens.TextOf(text, i);
        if (kind == TokenKind.Url && IsDash(tokens.TextOf(text, i + 1)))
        {
            // Embedded post: "… https://t.co/x — U.S. Southern Command (@Southcom) March 6, 2026".
            return i;
        }

        var terminal = kind switch
        {
            TokenKind.Punctuation => TerminalOf(token),
            TokenKind.Abbreviation => AbbreviationTerminal(token),
            _ => Terminal.None,
        };
        if (terminal == Terminal.None)
        {
            return -1;
        }

        // Closing quotes and brackets that touch the terminal belong to the sentence: '."', '.”', '?)'.
        var last = i;
        while (last + 1 < n && tokens.StartOf(last + 1) == tokens.EndOf(last) && IsCloser(tokens.TextOf(text, last + 1)))
        {
            last++;
        }

        if (last + 1 >= n)
        {
            return last;
        }

        if (last > i && BreaksAtLine(text, tokens, last, hardWrapped))
        {
            return last;
        }

        return StartsSentence(text, tokens, last + 1, terminal) ? last : -1;
    }

    private bool StartsSentence(string text, TokenLayer tokens, int k, Terminal terminal)
    {
        var kind = tokens.KindOf(k);
        var next = tokens.TextOf(text, k);
        var c = next[0];
        if (kind is TokenKind.Url || char.IsLower(c))
        {
            return false;
        }

        if (kind == TokenKind.Punctuation)
        {
            // A new sentence may open with a quote or bracket; ',', ';', ')' or a dash continue this one.
            return IsOpener(next) && OpensCapitalised(text, tokens, k);
        }

        return terminal switch
        {
            Terminal.Full => true,
            Terminal.Ellipsis => char.IsUpper(c),
            Terminal.Abbreviation => SentenceOpeners.Contains(next),
            _ => false,
        };
    }

    private static bool OpensCapitalised(string text, TokenLayer tokens, int k)
    {
        if (k + 1 >= tokens.Count)
        {
            return true;
        }

        var after = tokens.TextOf(text, k + 1);
        return !char.IsLower(after[0]);
    }

    private Terminal AbbreviationTerminal(ReadOnlySpan<char> token)
    {
        var word = token[..^1];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return Terminal.None; // An initial: "Francis L. Donovan".
        }

        return abbreviations.Find(word) switch
        {
            AbbreviationClass.Title or AbbreviationClass.BeforeNumber => Terminal.None,
            _ => Terminal.Abbreviation,
        };
    }

    private bool BreaksAtLine(string text, TokenLayer tokens, int i, bool hardWrapped)
    {
        var lines = LineLayout.LineBreaksBetween(text, tokens.EndOf(i), tokens.StartOf(i + 1));
        if (lines == 0)
        {
            return false;
        }

        if (lines >= 2)
        {
            return true; // A blank line always ends a paragraph, and so a sentence.
        }

        if (hardWrapped || char.IsLower(text[tokens.StartOf(i + 1)]))
        {
            return false;
        }

        var token = tokens.TextOf(text, i);
        var continues = token is "," or "(" or "-" or "–" or "—" or "/" or "&"
            || (tokens.KindOf(i) == TokenKind.Abbreviation && AbbreviationTerminal(token) == Terminal.None);
        return !continues;
    }

    private static Terminal TerminalOf(ReadOnlySpan<char> token) => token switch
    {
        "." or "!" or "?" => Terminal.Full,
        "…" => Terminal.Ellipsis,
        _ when token[0] is '!' or '?' => Terminal.Full,
        _ when token.Length >= 2 && token[0] == '.' => Terminal.Ellipsis,
        _ => Terminal.None,
    };

    private static bool IsCloser(ReadOnlySpan<char> token) =>
        token is "\"" or "'" or "”" or "’" or ")" or "]" or "»" or "}";

    private static bool IsOpener(ReadOnlySpan<char> token) =>
        token is "\"" or "'" or "“" or "‘" or "(" or "[" or "«";

    private static bool IsDash(ReadOnlySpan<char> token) => token is "—" or "–" or "--" or "―";

    private enum Terminal
    {
        None,
        Full,
        Ellipsis,
        Abbreviation,
    }
}