using System.Globalization;

using Sitrep.Actors;
using Sitrep.Clustering;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Geo;
using Sitrep.Quantities;
using Sitrep.Time;

namespace Sitrep.PostgresBench;

/// <summary>
/// Generates stored events for the clustering-cost bench (docs/scaling.md): each event is one synthetic article's one
/// mention, fused by the real <see cref="EventFusion"/> and keyed by the real <see cref="BlockingKeys"/>, so the
/// blocking index holds what a store of that many real events would hold. The distribution is chosen to be busy where
/// real news is busy, so that the candidate counts a real article meets are not flattered:
/// <list type="bullet">
/// <item>dates: a uniformly drawn day from 2019-01-01 to 2026-03-31 (the period of the VOA and dev corpora the bench
/// clusters against it);</item>
/// <item>countries: 60 ISO codes with Zipf weights (rank r weighs 1/r), the countries these corpora report most first;</item>
/// <item>types: ASSAULT 40 %, then the other PLOVER types evenly (conflict news dominates);</item>
/// <item>actors: the country's military or government and, half the time, one of 2,000 synthetic named groups.</item>
/// </list>
/// The same seed gives the same events.
/// </summary>
internal sealed class SyntheticEvents(int seed)
{
    private static readonly string[] Countries =
    [
        "US", "UA", "RU", "IL", "SY", "AF", "IQ", "IR", "TR", "CN", "VE", "EC", "CO", "MX", "PK", "IN", "NG", "SD", "SO", "YE",
        "LB", "PS", "ML", "BF", "ET", "CD", "MM", "PH", "KP", "KR", "LY", "EG", "SA", "GB", "FR", "DE", "BR", "HT", "CU", "NI",
        "KE", "MZ", "CM", "NE", "TD", "SS", "CF", "BI", "RW", "UG", "JP", "TW", "TH", "ID", "BD", "LK", "NP", "GE", "AM", "AZ",
    ];

    private static readonly PloverType[] OtherTypes = [.. Enum.GetValues<PloverType>().Where(t => t != PloverType.Assault)];

    private static readonly DateOnly First = new(2019, 1, 1);
    private static readonly int Days = new DateOnly(2026, 3, 31).DayNumber - First.DayNumber + 1;

    private readonly Random random = new(seed);
    private readonly double[] cumulative = CumulativeZipf(Countries.Length);

    /// <summary>The <paramref name="index"/>-th synthetic event with its mention and blocking keys.</summary>
    public (MentionRecord Mention, FusedEvent Event, IReadOnlyList<string> Keys) Next(int index)
    {
        var articleId = string.Create(CultureInfo.InvariantCulture, $"syn-{index:D8}");
        var slot = Array.BinarySearch(cumulative, random.NextDouble());
        var country = Countries[slot < 0 ? ~slot : slot];
        var day = First.AddDays(random.Next(Days));
        var type = random.NextDouble() < 0.4 ? PloverType.Assault : OtherTypes[random.Next(OtherTypes.Length)];
        var state = new ActorRef($"{country} {(random.Next(2) == 0 ? "military" : "government")}", country, random.Next(2) == 0 ? ActorSector.Military : ActorSector.Government, null, []);
        ActorRef[] recipients = random.Next(2) == 0
            ? [new ActorRef(string.Create(CultureInfo.InvariantCulture, $"Group {random.Next(2000)}"), country, ActorSector.Rebel, null, [])]
            : [];
        var place = new Place($"Province {random.Next(30)} of {country}", country, $"P{random.Next(30)}", null, random.Next(-60, 60), random.Next(-170, 170), "A", null, 2);
        var evidence = $"Synthetic report {index} of a {PloverTypeNames.NameOf(type).ToLowerInvariant()} event in {place.Name}.";
        var mention = new MentionRecord(
            articleId + "#0", articleId, 0, "Synthetic Wire", day.AddDays(1), null, type, null, EventKind.Incident, EventModality.Asserted,
            [state], recipients, DateInterval.Day(day), null, place,
            random.Next(4) == 0 ? CountRange.Exactly(random.Next(1, 30)) : null, null, null,
            "struck", evidence, [new TextSpan(0, evidence.Length)]);
        var fused = EventFusion.Fuse(StableEventId.For(mention.Id), [mention]);
        return (mention, fused, [.. BlockingKeys.IndexKeys(mention)]);
    }

    private static double[] CumulativeZipf(int n)
    {
        var weights = Enumerable.Range(1, n).Select(r => 1.0 / r).ToArray();
        var total = weights.Sum();
        var cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += weights[i] / total;
            cumulative[i] = sum;
        }

        cumulative[^1] = 1.0;
        return cumulative;
    }
}