using System.Collections.Immutable;

using Sitrep.Documents;

namespace Sitrep.Quantities;

/// <summary>
/// Finds the counts of a text and what each counts. A figure with no counted noun and no casualty cue ("Zamora, 67,")
/// and measures ("six years", "70%", "300 kilometers") are not counts and are left out; dates and years too.
/// </summary>
internal static class QuantityRecognizer
{
    private const int MaxPhraseWords = 5;

    public static ImmutableArray<Quantity> Recognize(string text, ImmutableArray<TextSpan> excluded)
    {
        var tokens = CountTokenizer.Tokenize(text);
        var found = new List<Quantity>();
        var openers = QuantityLexicon.Openers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var mayOpen = token.Kind == CountTokenKind.Digits || (token.Kind == CountTokenKind.Word && openers.Contains(FirstPart(token.Of(text))));
            if (!mayOpen || CountPhraseParser.Parse(text, tokens, i) is not CountPhrase phrase)
            {
                continue;
            }

            if (Read(text, tokens, phrase, excluded) is Quantity quantity)
            {
                found.Add(quantity);
            }

            i = Math.Max(i, phrase.End - 1);
        }

        foreach (System.Text.RegularExpressions.Match zero in CasualtyCues.Zero.Matches(text))
        {
            found.Add(new Quantity(new TextSpan(zero.Index, zero.Index + zero.Length), CountRange.Exactly(0), CasualtyCues.SemanticsOf(zero)));
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return [.. found];
    }

    // "forty-two" opens with "forty".
    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 ? word[..hyphen] : word;
    }

    private static Quantity? Read(string text, List<CountToken> tokens, CountPhrase phrase, ImmutableArray<TextSpan> excluded)
    {
        var figure = tokens[phrase.FigureToken];
        var start = tokens[phrase.First].Start;
        var figureEnd = tokens[phrase.End - 1].End;
        if (IsNotACount(text, tokens, phrase, figure) || Overlaps(excluded, new TextSpan(figure.Start, figureEnd)))
        {
            return null;
        }

        // The counted noun phrase: "of" after a vague count ("dozens of airstrikes"), then up to five words.
        var at = phrase.End;
        var pronoun = false;
        if (at < tokens.Count && tokens[at].Is(text, "of"))
        {
            at++;
            if (at < tokens.Count && tokens[at].Is(text, "the"))
            {
                at++;
            }
            else if (at < tokens.Count && (tokens[at].Is(text, "them") || tokens[at].Is(text, "those") || tokens[at].Is(text, "whom")))
            {
                // "four of them": the people were described earlier.
                pronoun = true;
            }
        }

        var nounStart = at;
        while (!pronoun && at < tokens.Count && at - nounStart < MaxPhraseWords && IsNounPhraseWord(text, tokens, at, nounStart))
        {
            at++;
        }

        var hasNoun = at > nounStart;
        var head = hasNoun ? tokens[at - 1].Of(text).ToString() : "";
        for (var k = nounStart; k < at; k++)
        {
            if (QuantityLexicon.MeasureNouns.Contains(tokens[k].Of(text).ToString()))
            {
                return null;
            }
        }

        var end = hasNoun ? tokens[at - 1].End : figureEnd;
        var semantics = Semantics(text, start, end, head);
        // A bare figure, or "one" counting something other than casualties ("one shot", "one of"), is not worth a row.
        if (semantics == QuantitySemantics.None && (!hasNoun || (phrase.Range.Max == 1 && figure.Kind == CountTokenKind.Word)))
        {
            return null;
        }

        TextSpan? victims = null;
        // "30 deaths", "12 victims": the noun is the casualty word itself and describes nobody.
        var nounIsTheCasualty = QuantityLexicon.CasualtyNouns.TryGetValue(head, out var nounSemantics)
            && (nounSemantics == semantics || nounSemantics == QuantitySemantics.None);
        if (semantics != QuantitySemantics.None && hasNoun && !nounIsTheCasualty)
        {
            var description = CasualtyCues.Description.Match(text, end);
            victims = description.Success
                ? new TextSpan(description.Groups["d"].Index, description.Groups["d"].Index + description.Groups["d"].Length)
                : new TextSpan(tokens[nounStart].Start, end);
        }

        return new Quantity(new TextSpan(start, end), phrase.Range, semantics, victims);
    }

    private static QuantitySemantics Semantics(string text, int start, int end, string head)
    {
        if (head.Length > 0 && QuantityLexicon.NonPersonNouns.Contains(head))
        {
            return QuantitySemantics.None;
        }

        // The verb before decides first: "beheaded 3 hostages" are fatalities although hostages count abductions.
        var window = Math.Min(start, 60);
        var before = CasualtyCues.Before.Match(text, start - window, window);
        if (before.Success)
        {
            return CasualtyCues.SemanticsOf(before);
        }

        if (QuantityLexicon.CasualtyNouns.TryGetValue(head, out var byNoun) && byNoun != QuantitySemantics.None)
        {
            return byNoun;
        }

        var after = CasualtyCues.After.Match(text, end);
        return after.Success ? CasualtyCues.SemanticsOf(after) : QuantitySemantics.None;
    }

    private static bool IsNounPhraseWord(string text, List<CountToken> tokens, int at, int nounStart)
    {
        var token = tokens[at];
        if (token.Kind != CountTokenKind.Word)
        {
            return false;
        }

        var word = token.Of(text);
        var lower = word.ToString();
        if (QuantityLexicon.PhraseStops.Contains(lower) || Time.TimeLexiconProbe.IsCalendarWord(word))
        {
            return false;
        }

        // The phrase ends at a line break: a headline's last figure is not the first word of the body.
        if (at > 0 && text.AsSpan(tokens[at - 1].End, token.Start - tokens[at - 1].End).ContainsAny('\n', '\r'))
        {
            return false;
        }

        if (at == nounStart && (lower.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || lower.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            // "six armed men" but not "40 deported to China": a participle opens a phrase only before another word.
            return at + 1 < tokens.Count && tokens[at + 1].Kind == CountTokenKind.Word
                && !QuantityLexicon.PhraseStops.Contains(tokens[at + 1].Of(text).ToString());
        }

        if (at > nounStart)
        {
            // A capital after a lower-case word starts a new phrase ("six men Sunday"); so does a participle ("girls kidnapped").
            var previous = tokens[at - 1].Of(text);
            // A plural noun ends the phrase of a count above one: "ten children lost", "two lawsuits challenge".
            if (IsPlural(previous) && at - nounStart >= 1)
            {
                return false;
            }

            // A capital after a plural ("300 Uyghurs Thailand caught") starts a new phrase too; "-ly" is an adverb.
            if ((char.IsUpper(word[0]) && (!char.IsUpper(previous[0]) || previous[^1] == 's')) || lower.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                || lower.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || lower.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlural(ReadOnlySpan<char> word) =>
        (word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
        || word.Equals("people", StringComparison.OrdinalIgnoreCase) || word.EndsWith("men", StringComparison.OrdinalIgnoreCase)
        || word.Equals("children", StringComparison.OrdinalIgnoreCase);

    /// <summary>Percentages, money, clock times, dates, years, ordinals in names ("F-16") and "one of" are not counts.</summary>
    private static bool IsNotACount(string text, List<CountToken> tokens, CountPhrase phrase, CountToken figure)
    {
        var before = figure.Start > 0 ? text[figure.Start - 1] : ' ';
        if (before is '$' or '€' or '£' or '#' or '/' or '-' or '.' || char.IsLetterOrDigit(before))
        {
            return true;
        }

        var lastFigure = tokens[phrase.End - 1];
        var after = lastFigure.End < text.Length ? text[lastFigure.End] : ' ';
        if (after is '%' or '/' || (after == '-' && lastFigure.End + 1 < text.Length && char.IsLetter(text[lastFigure.End + 1])))
        {
            return true;
        }

        if (figure.Kind == CountTokenKind.Digits)
        {
            // "March 6", "6 March", "Feb. 24", "2014 abduction" (a year before a singular noun).
            var previous = phrase.FigureToken > 0 ? tokens[phrase.FigureToken - 1] : default;
            var previous2 = phrase.FigureToken > 1 ? tokens[phrase.FigureToken - 2] : default;
            var next = phrase.FigureToken + 1 < tokens.Count ? tokens[phrase.FigureToken + 1] : default;
            if (Time.TimeLexiconProbe.IsMonth(previous.Of(text)) || (previous.Kind == CountTokenKind.Symbol && Time.TimeLexiconProbe.IsMonth(previous2.Of(text)))
                || Time.TimeLexiconProbe.IsMonth(next.Of(text)) || next.Is(text, "de"))
            {
                return true;
            }

            // Four digits without a thousands comma in 1900–2100 are a year: AP style writes counts as "2,000".
            var span = figure.Of(text);
            if (span.Length == 4 && int.TryParse(span, out var year) && year is >= 1900 and <= 2100)
            {
                return true;
            }
        }
        else if (figure.Is(text, "one"))
        {
            // "one of the", "no one", "the one": a pronoun, not a count.
            var next = phrase.FigureToken + 1 < tokens.Count ? tokens[phrase.FigureToken + 1] : default;
            var previous = phrase.FigureToken > 0 ? tokens[phrase.FigureToken - 1] : default;
            if (next.Is(text, "of") || next.Is(text, "another") || previous.Is(text, "no") || previous.Is(text, "the") || previous.Is(text, "any") || previous.Is(text, "every") || previous.Is(text, "each"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(ImmutableArray<TextSpan> excluded, TextSpan span)
    {
        foreach (var x in excluded)
        {
            if (x.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}