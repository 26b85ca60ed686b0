using System.Text;
using System.Text.RegularExpressions;

using Sitrep.Time;

namespace Sitrep.Tests.Time;

/// <summary>
/// The anchored search of each rule must give exactly the matches of its pattern scanned over the whole text: on the
/// shared corpora, on tricky phrases and on random texts built from the grammar's words and separators.
/// </summary>
public sealed class AnchoredMatchesTests
{
    private static readonly TimeRule[] Rules = [.. AbsoluteTimeRules.Create(), .. RelativeTimeRules.Create()];

    private static readonly string[] Vocabulary =
    [
        "since", "Since", "desde", "on", "in", "In", "during", "el", "en", "by", "until", "before", "after", "from", "between",
        "del", "entre", "de", "of", "to", "and", "through", "al", "y", "a", "the", "The", "year", "day", "early", "Early", "mid",
        "Mid", "late", "later", "earlier", "Earlier", "starting", "last", "Last", "this", "This", "next", "past", "this past",
        "March", "Mar.", "Sept.", "Sept", "May", "may", "march", "January", "Jan", "marzo", "MARZO", "agosto", "ſeptiembre",
        "Monday", "Wednesday", "miércoles", "MIÉRCOLES", "sabado", "Friday", "domingo", "today", "Today", "tonight", "hoy",
        "esta", "mañana", "tarde", "noche", "morning", "afternoon", "evening", "night", "overnight", "Overnight", "dawn", "at",
        "At", "daybreak", "first", "light", "yesterday", "ayer", "anoche", "anteayer", "tomorrow", "ago", "hace", "días",
        "dias", "semanas", "two", "an", "one", "days", "weeks", "months", "years", "week", "weekend", "month", "semana",
        "mes", "año", "pasado", "próximo", "este", "spring", "summer", "fall", "autumn", "winter", "Winter", "raid", "people",
        "about", "killed", "1", "6", "12", "31", "2", "2023", "2026", "1999", "2000", "1950", "2014", "2026-03-06", "0000-01-01",
        "6th", "3rd", "21st", "100", "1,999", "3.5", "2020s", "hours", "another", "An", "will", "said", "Tuesday",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "  ", ", ", "-", " - ", "–", "—", "\n", "\t", ".", ". ", " -", "\u00a0", "/", ":", "'s ", "’s ", "", "$"];

    public static TheoryData<string> Phrases() =>
    [
        "in the early hours of Wednesday morning", "from 3 to 5 March 2026", "early-----March 2026", "since  \n  last  fall",
        "Sept. 5–Oct. 2, 2025", "de 2019 a 2021", "1998-2003", "mid-2020", "in mid-March", "hace dos días", "two weeks ago",
        "earlier this week", "the day before yesterday", "an overnight raid", "overnight Tuesday", "at dawn today",
        "el pasado miércoles por la mañana", "5th of May, 2024", "2000 people", "about 1999 killed", "ſpring of 2020", "xMonday, March 5", "xin early March 2026", "5thMarch", "since2020",
    ];

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Anchored_search_matches_the_full_scan_on_a_phrase(string phrase)
    {
        AssertSame("x " + phrase + " y");
        AssertSame(phrase);
    }

    [Fact]
    public void Anchored_search_matches_the_full_scan_on_the_corpora()
    {
        foreach (var corpus in new[] { "raw-voa", "dev", "dev-voa" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(CorpusArticle.CorpusRoot(), corpus), "*.txt", SearchOption.AllDirectories))
            {
                AssertSame(File.ReadAllText(file));
            }
        }
    }

    [Fact]
    public void Anchored_search_matches_the_full_scan_on_random_texts()
    {
        var random = new Random(20261129);
        for (var n = 0; n < 300; n++)
        {
            var text = new StringBuilder();
            var words = random.Next(5, 60);
            for (var w = 0; w < words; w++)
            {
                text.Append(Vocabulary[random.Next(Vocabulary.Length)]);
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            AssertSame(text.ToString());
        }
    }

    private static void AssertSame(string text)
    {
        var anchors = TimeAnchors.Find(text);
        foreach (var rule in Rules)
        {
            if (rule.Anchor is not TimeRuleAnchor anchor)
            {
                continue;
            }

            var expected = new List<string>();
            for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                expected.Add(Describe(match));
            }

            var found = new List<Match>();
            AnchoredMatches.Collect(anchor, text, anchors.Of(anchor.Kind), found);
            Assert.True(expected.SequenceEqual(found.Select(Describe)), $"rule {rule.Name} on «{text}»: expected [{string.Join("; ", expected)}], got [{string.Join("; ", found.Select(Describe))}]");
        }
    }

    private static string Describe(Match match) =>
        match.Index + "+" + match.Length + ":" + string.Join("|", match.Groups.Values.Select(g => g.Name + "=" + (g.Success ? g.Index + "," + g.Length : "-")));
}