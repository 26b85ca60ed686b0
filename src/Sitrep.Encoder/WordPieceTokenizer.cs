using System.Globalization;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Encoder;

/// <summary>
/// BERT's uncased tokenization (Hugging Face <c>BertTokenizer</c> with <c>do_lower_case</c>: drop control characters,
/// split on white space, lower-case, strip accents, split off every punctuation character, then greedy longest-match
/// WordPiece), keeping each piece's character offsets into the document text.
/// </summary>
internal sealed class WordPieceTokenizer
{
    // BERT gives a word longer than this one [UNK] rather than searching it piece by piece.
    private const int MaxWordChars = 100;

    private readonly WordPieceVocabulary vocabulary;

    public WordPieceTokenizer(WordPieceVocabulary vocabulary) => this.vocabulary = vocabulary;

    /// <summary>Appends the pieces of <paramref name="span"/> of <paramref name="text"/> to <paramref name="pieces"/>.</summary>
    public void Tokenize(string text, TextSpan span, List<WordPiece> pieces)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pieces);
        // The normalised characters of the current word and, for each, the offset of the character it came from.
        var normalised = new StringBuilder();
        var origin = new List<int>();
        var i = span.Start;
        while (i < span.End)
        {
            var c = text[i];
            if (IsDropped(c))
            {
                // Dropped inside a word (a soft hyphen), as BERT's _clean_text does: it does not split the word.
                i++;
                continue;
            }

            if (IsSeparator(c))
            {
                Flush(text, normalised, origin, pieces);
                i++;
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < span.End && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (width == 1 && (IsPunctuation(c) || IsCjk(c)))
            {
                // A punctuation mark or a CJK ideograph is a word of its own.
                Flush(text, normalised, origin, pieces);
                Append(c, i, normalised, origin);
                Flush(text, normalised, origin, pieces);
            }
            else if (width == 2)
            {
                normalised.Append(c).Append(text[i + 1]);
                origin.Add(i);
                origin.Add(i + 1);
            }
            else
            {
                Append(c, i, normalised, origin);
            }

            i += width;
        }

        Flush(text, normalised, origin, pieces);
    }

    // Lower-cases and strips accents, as BERT's uncased models were trained.
    private static void Append(char c, int offset, StringBuilder normalised, List<int> origin)
    {
        if (c < 128)
        {
            normalised.Append(char.ToLowerInvariant(c));
            origin.Add(offset);
            return;
        }

        if (AccentStripping.TryStrip(c, out var stripped))
        {
            normalised.Append(stripped);
            origin.Add(offset);
        }
    }

    // Splits one word into pieces, greedy longest match first; a word with any unspellable part is one [UNK].
    private void Flush(string text, StringBuilder normalised, List<int> origin, List<WordPiece> pieces)
    {
        if (normalised.Length == 0)
        {
            return;
        }

        var word = normalised.ToString();
        var wordSpan = new TextSpan(origin[0], OriginEnd(text, origin, word.Length - 1));
        if (word.Length > MaxWordChars)
        {
            pieces.Add(new WordPiece(vocabulary.Unknown, wordSpan));
            Clear(normalised, origin);
            return;
        }

        var first = pieces.Count;
        Span<char> candidate = stackalloc char[MaxWordChars + 2];
        var start = 0;
        while (start < word.Length)
        {
            var id = -1;
            var end = word.Length;
            for (; end > start; end--)
            {
                var length = 0;
                if (start > 0)
                {
                    candidate[0] = '#';
                    candidate[1] = '#';
                    length = 2;
                }

                word.AsSpan(start, end - start).CopyTo(candidate[length..]);
                id = vocabulary.IdOf(candidate[..(length + end - start)]);
                if (id >= 0)
                {
                    break;
                }
            }

            if (id < 0)
            {
                pieces.RemoveRange(first, pieces.Count - first);
                pieces.Add(new WordPiece(vocabulary.Unknown, wordSpan));
                break;
            }

            pieces.Add(new WordPiece(id, new TextSpan(origin[start], OriginEnd(text, origin, end - 1))));
            start = end;
        }

        Clear(normalised, origin);
    }

    // One past the original character that normalised character `last` came from (a surrogate pair counts as two).
    private static int OriginEnd(string text, List<int> origin, int last) =>
        origin[last] + (char.IsHighSurrogate(text[origin[last]]) && last + 1 < origin.Count && origin[last + 1] == origin[last] + 1 ? 2 : 1);

    private static void Clear(StringBuilder normalised, List<int> origin)
    {
        normalised.Clear();
        origin.Clear();
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c);

    // BERT's _clean_text drops NUL, U+FFFD and control/format characters other than white space.
    private static bool IsDropped(char c) =>
        c == '\0' || c == '\uFFFD' || (char.IsControl(c) && !char.IsWhiteSpace(c)) ||
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    // BERT counts every non-alphanumeric ASCII symbol as punctuation (so "$" and "^" split), and Unicode's P* classes.
    private static bool IsPunctuation(char c) =>
        c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~') ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    // The CJK Unified Ideographs blocks in the basic plane, which BERT splits character by character.
    private static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}