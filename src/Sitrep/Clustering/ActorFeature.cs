using System.Globalization;
using Sitrep.Actors;

namespace Sitrep.Clustering;

/// <summary>Overlap of the participants (actors and recipients together) of two mentions.</summary>
internal static class ActorFeature
{
    public static FeatureScore Score(MentionRecord a, MentionRecord b)
    {
        var pa = Participants(a);
        var pb = Participants(b);
        if (pa.Count == 0 || pb.Count == 0)
        {
            return FeatureScore.Unknown("participants unknown");
        }

        // Overlap coefficient: reports of one event name more or fewer participants, so the smaller list is the
        // measure ("the U.S. military" in one, "the U.S. military and Ecuador's army" in the other is full overlap).
        var (small, large) = pa.Count <= pb.Count ? (pa, pb) : (pb, pa);
        var sum = small.Sum(x => large.Max(y => Match(x, y)));
        var value = sum / small.Count;
        return new FeatureScore(value, string.Create(CultureInfo.InvariantCulture, $"participants {value:0.00}"));
    }

    /// <summary>1 for the same actor (key, name or alias), 0.5 for the same country's same sector, else 0.</summary>
    public static double Match(ActorRef x, ActorRef y)
    {
        if (Same(x, y))
        {
            return 1.0;
        }

        // "U.S. Southern Command" and "the U.S. military" are different entries of one side: partial credit.
        return x.Country is not null && x.Sector != ActorSector.Unknown &&
            string.Equals(x.Country, y.Country, StringComparison.Ordinal) && x.Sector == y.Sector
            ? 0.5
            : 0.0;
    }

    /// <summary>True when the two references name one actor: same key, or a name of one is a name of the other.</summary>
    public static bool Same(ActorRef x, ActorRef y)
    {
        if (string.Equals(x.Key, y.Key, StringComparison.Ordinal))
        {
            return true;
        }

        return Names(x).Any(n => Names(y).Contains(n, StringComparer.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Names(ActorRef actor) => actor.Aliases.Prepend(actor.Name);

    /// <summary>
    /// True when the reference picks out a party rather than a class of them: a dictionary entry, a country, or a
    /// proper name. "forces", "troops" or "drug traffickers" with no country name a class that two unrelated events
    /// share, so they say nothing about identity.
    /// </summary>
    public static bool Identifies(ActorRef actor) =>
        actor.DictionaryId is not null || actor.Country is not null || (actor.Name.Length > 0 && char.IsUpper(actor.Name[0]));

    private static List<ActorRef> Participants(MentionRecord m) => [.. m.Actors.Where(Identifies), .. m.Recipients.Where(Identifies)];
}