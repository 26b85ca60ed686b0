using System.Globalization;

using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// EVALUATION.md, "How a predicted event is matched", rule 1: a predicted mention matches a gold mention when it is in
/// the same article and its evidence span overlaps a sentence that contains one of the gold evidence strings; each gold
/// mention (and each predicted mention) is matched at most once, best overlap first.
/// </summary>
internal static class MentionMatcher
{
    /// <summary>
    /// Matches greedily by descending overlap: first the number of characters the predicted span shares with the gold
    /// mention's sentences, then (to tell apart two events reported in one sentence) the characters it shares with the
    /// evidence strings themselves, then gold order and predicted order, so the result is deterministic.
    /// A zero-length predicted span counts as the one character at its start.
    /// </summary>
    public static MentionMatching Match(
        GoldCorpus gold,
        IReadOnlyDictionary<string, EvaluationArticle> articles,
        IReadOnlyList<PredictedEvent> predicted,
        List<Diagnostic> diagnostics)
    {
        var goldSites = LocateGold(gold, articles, diagnostics);
        var predictedSites = new List<PredictedMentionSite>();
        for (var e = 0; e < predicted.Count; e++)
        {
            foreach (var mention in predicted[e].Mentions)
            {
                predictedSites.Add(new PredictedMentionSite(e, mention));
            }
        }

        var goldByArticle = Enumerable.Range(0, goldSites.Count).ToLookup(g => goldSites[g].ArticleId, StringComparer.Ordinal);
        var candidates = new List<(int Region, int Evidence, int Gold, int Predicted)>();
        for (var p = 0; p < predictedSites.Count; p++)
        {
            var span = Effective(predictedSites[p].Mention.Evidence);
            foreach (var g in goldByArticle[predictedSites[p].Mention.ArticleId])
            {
                var region = Shared(span, goldSites[g].Regions);
                if (region > 0)
                {
                    candidates.Add((region, Shared(span, goldSites[g].EvidenceSpans), g, p));
                }
            }
        }

        candidates.Sort((a, b) =>
            a.Region != b.Region ? b.Region.CompareTo(a.Region)
            : a.Evidence != b.Evidence ? b.Evidence.CompareTo(a.Evidence)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold)
            : a.Predicted.CompareTo(b.Predicted));

        var goldToPredicted = Enumerable.Repeat(-1, goldSites.Count).ToArray();
        var predictedToGold = Enumerable.Repeat(-1, predictedSites.Count).ToArray();
        foreach (var (_, _, g, p) in candidates)
        {
            if (goldToPredicted[g] < 0 && predictedToGold[p] < 0)
            {
                goldToPredicted[g] = p;
                predictedToGold[p] = g;
            }
        }

        return new MentionMatching(goldSites, predictedSites, goldToPredicted, predictedToGold);
    }

    /// <summary>Characters <paramref name="span"/> shares with the union of <paramref name="regions"/> (which must not overlap each other).</summary>
    public static int Shared(TextSpan span, IReadOnlyList<TextSpan> regions)
    {
        var shared = 0;
        foreach (var region in regions)
        {
            shared += Math.Max(0, Math.Min(span.End, region.End) - Math.Max(span.Start, region.Start));
        }

        return shared;
    }

    public static TextSpan Effective(TextSpan span) => span.Length == 0 ? new TextSpan(span.Start, span.Start + 1) : span;

    internal static List<GoldMentionSite> LocateGold(GoldCorpus gold, IReadOnlyDictionary<string, EvaluationArticle> articles, List<Diagnostic> diagnostics)
    {
        var sites = new List<GoldMentionSite>();
        for (var e = 0; e < gold.Events.Count; e++)
        {
            var goldEvent = gold.Events[e];
            for (var m = 0; m < goldEvent.Mentions.Count; m++)
            {
                var mention = goldEvent.Mentions[m];
                var location = string.Create(CultureInfo.InvariantCulture, $"event '{goldEvent.Id}' field 'mentions[{m}]'");
                if (!articles.TryGetValue(mention.ArticleId, out var article))
                {
                    diagnostics.Add(new Diagnostic(gold.GoldPath, location, $"article '{mention.ArticleId}' was not given to the scorer: the mention cannot be matched", DiagnosticSeverity.Warning));
                    sites.Add(new GoldMentionSite(e, mention, [], []));
                    continue;
                }

                var evidenceSpans = new List<TextSpan>();
                foreach (var evidence in mention.Evidence)
                {
                    var before = evidenceSpans.Count;
                    for (var at = article.Text.IndexOf(evidence, StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf(evidence, at + 1, StringComparison.Ordinal))
                    {
                        evidenceSpans.Add(new TextSpan(at, at + evidence.Length));
                    }

                    if (evidenceSpans.Count == before)
                    {
                        diagnostics.Add(new Diagnostic(gold.GoldPath, location, $"evidence not found in the text of article '{mention.ArticleId}': \"{evidence}\"", DiagnosticSeverity.Warning));
                    }
                }

                sites.Add(new GoldMentionSite(e, mention, Regions(evidenceSpans, article.Sentences), Merge(evidenceSpans)));
            }
        }

        return sites;
    }

    // The sentences an evidence occurrence lies in; where no sentence overlaps it (no sentence layer yet, or a gap
    // between sentences) the occurrence itself stands in, so matching still works on the evidence alone.
    private static List<TextSpan> Regions(List<TextSpan> evidenceSpans, IReadOnlyList<TextSpan> sentences)
    {
        var regions = new List<TextSpan>();
        foreach (var evidence in evidenceSpans)
        {
            var covered = false;
            foreach (var sentence in sentences)
            {
                if (sentence.Overlaps(evidence))
                {
                    regions.Add(sentence);
                    covered = true;
                }
            }

            if (!covered)
            {
                regions.Add(evidence);
            }
        }

        return Merge(regions);
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var span in spans.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}