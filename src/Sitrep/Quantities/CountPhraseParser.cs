using System.Globalization;

namespace Sitrep.Quantities;

/// <summary>
/// Parses "at least 50", "roughly 150", "two dozen", "1,200", "1.5 million", "between five and 10", "5-10",
/// "dozens", "tens of thousands", "20 or more" at a token, into a <see cref="CountRange"/> (rules in docs/quantities.md).
/// </summary>
internal static class CountPhraseParser
{
    /// <summary>No report counts more than this (ten billion); larger figures are not counts of people or things.</summary>
    private const long MaxCount = 10_000_000_000;

    public static CountPhrase? Parse(string text, List<CountToken> tokens, int first)
    {
        var at = first;
        var qualifier = CountQualifier.Point;
        var qualified = false;
        for (var length = 3; length >= 1 && !qualified; length--)
        {
            if (Phrase(text, tokens, at, length) is string phrase && QuantityLexicon.Qualifiers.TryGetValue(phrase, out var q))
            {
                qualifier = q;
                qualified = true;
                at += length;
            }
        }

        if (Figure(text, tokens, at) is not (long low, int afterLow))
        {
            return null;
        }

        var figureToken = at;
        var high = low;
        var end = afterLow;
        if (end < tokens.Count && IsRangeJoin(text, tokens[end], qualifier) && Figure(text, tokens, end + 1) is (long upper, int afterHigh) && upper > low)
        {
            high = upper;
            end = afterHigh;
            qualifier = CountQualifier.Between;
        }
        else if (qualifier == CountQualifier.Between)
        {
            return null;
        }

        // "20 or more", "50-plus": a floor, coded as the figure (ACLED's conservative reading).
        if (end + 1 < tokens.Count && tokens[end].Is(text, "or") && tokens[end + 1].Is(text, "more"))
        {
            end += 2;
        }
        else if (end < tokens.Count && tokens[end].Kind == CountTokenKind.Symbol && text[tokens[end].Start] == '+' && tokens[end].Start == tokens[end - 1].End)
        {
            end += 1;
        }

        var range = qualifier switch
        {
            CountQualifier.Between => new CountRange(low, high),
            CountQualifier.Nearly when low >= 2 => new CountRange(low - Math.Max(1, (low + 9) / 10), low - 1),
            CountQualifier.UpTo when low >= 1 => new CountRange(1, low),
            CountQualifier.FewerThan when low >= 2 => new CountRange(1, low - 1),
            _ => CountRange.Exactly(low),
        };
        return new CountPhrase(first, end, range, figureToken);
    }

    /// <summary>The value of a figure at <paramref name="at"/> and the token after it, or null.</summary>
    public static (long Value, int Next)? Figure(string text, List<CountToken> tokens, int at)
    {
        if (at >= tokens.Count)
        {
            return null;
        }

        for (var length = 3; length >= 1; length--)
        {
            if (Phrase(text, tokens, at, length) is string phrase && QuantityLexicon.Vague.TryGetValue(phrase, out var vague))
            {
                var next = at + length;
                // "two dozen" is handled by the word parser; "a dozen" and "dozens" here.
                return (vague, next);
            }
        }

        var token = tokens[at];
        return token.Kind == CountTokenKind.Digits ? DigitFigure(text, tokens, at) : WordFigure(text, tokens, at);
    }

    private static (long, int)? DigitFigure(string text, List<CountToken> tokens, int at)
    {
        var span = tokens[at].Of(text);
        if (span.Contains(':'))
        {
            return null;
        }

        var scale = at + 1 < tokens.Count && tokens[at + 1].Kind == CountTokenKind.Word
            && QuantityLexicon.Scales.TryGetValue(tokens[at + 1].Of(text).ToString(), out var s) ? s : 1;
        if (span.Contains('.'))
        {
            // A decimal is a count only as "1.5 million".
            return scale > 1 && decimal.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d * scale <= MaxCount
                ? ((long)(d * scale), at + 2)
                : null;
        }

        if (span.Contains(',') && !ValidGrouping(span))
        {
            return null;
        }

        Span<char> digits = stackalloc char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (c != ',')
            {
                digits[n++] = c;
            }
        }

        if (n > 15 || !long.TryParse(digits[..n], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        if (value > MaxCount / scale)
        {
            return null;
        }

        return scale > 1 ? (value * scale, at + 2) : (value, at + 1);
    }

    private static bool ValidGrouping(ReadOnlySpan<char> span)
    {
        var groups = span.ToString().Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }

    /// <summary>"six", "twenty-five", "two hundred and fifty", "two dozen", "1,200" written out.</summary>
    private static (long, int)? WordFigure(string text, List<CountToken> tokens, int at)
    {
        long total = 0, current = 0;
        var last = ' ';
        var i = at;
        var any = false;
        while (i < tokens.Count && tokens[i].Kind == CountTokenKind.Word)
        {
            var consumed = true;
            foreach (var part in tokens[i].Of(text).ToString().Split('-'))
            {
                if (!Apply(part, ref total, ref current, ref last))
                {
                    consumed = false;
                    break;
                }
            }

            if (!consumed)
            {
                break;
            }

            any = true;
            i++;
            if (last == 'h' && i + 1 < tokens.Count && tokens[i].Is(text, "and") && IsNumberWord(text, tokens[i + 1]))
            {
                i++;
            }
        }

        return any && total + current <= MaxCount ? (total + current, i) : null;
    }

    private static bool IsNumberWord(string text, CountToken token)
    {
        var word = token.Of(text).ToString();
        return QuantityLexicon.Units.ContainsKey(word) || QuantityLexicon.Teens.ContainsKey(word) || QuantityLexicon.Tens.ContainsKey(word);
    }

    private static bool Apply(string word, ref long total, ref long current, ref char last)
    {
        if (total > MaxCount || current > MaxCount)
        {
            return false;
        }

        if (QuantityLexicon.Units.TryGetValue(word, out var unit) && last is ' ' or 't' or 'h' or 'k')
        {
            current += unit;
            last = 'u';
        }
        else if (QuantityLexicon.Teens.TryGetValue(word, out var teen) && last is ' ' or 'h' or 'k')
        {
            current += teen;
            last = 'e';
        }
        else if (QuantityLexicon.Tens.TryGetValue(word, out var ten) && last is ' ' or 'h' or 'k')
        {
            current += ten;
            last = 't';
        }
        else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) && last is 'u' or 'e' or 't')
        {
            current *= 100;
            last = 'h';
        }
        else if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase) && last is 'u' or 'e' or 't')
        {
            current *= 12;
            last = 'd';
        }
        else if (QuantityLexicon.Scales.TryGetValue(word, out var scale) && last is 'u' or 'e' or 't' or 'h')
        {
            total += current * scale;
            current = 0;
            last = 'k';
        }
        else
        {
            return false;
        }

        return true;
    }

    private static bool IsRangeJoin(string text, CountToken token, CountQualifier qualifier) =>
        token.Kind == CountTokenKind.Symbol ? text[token.Start] is '-' or '–' or '—'
        : token.Is(text, "to") || token.Is(text, "or") || (qualifier == CountQualifier.Between && token.Is(text, "and"));

    /// <summary>The lower-case words of tokens <c>[at, at + length)</c> joined by spaces, or null if any is not a word.</summary>
    private static string? Phrase(string text, List<CountToken> tokens, int at, int length)
    {
        if (at + length > tokens.Count)
        {
            return null;
        }

        if (length == 1)
        {
            return tokens[at].Kind == CountTokenKind.Word ? tokens[at].Of(text).ToString() : null;
        }

        var parts = new string[length];
        for (var k = 0; k < length; k++)
        {
            if (tokens[at + k].Kind != CountTokenKind.Word)
            {
                return null;
            }

            parts[k] = tokens[at + k].Of(text).ToString();
        }

        return string.Join(' ', parts);
    }
}