using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Clustering;

/// <summary>
/// An event's id: "ev_" and 16 hex digits of a hash of its canonically first mention's id. The same corpus processed
/// again, or in another order, gives the same ids; docs/clustering-and-fusion.md says what happens when an earlier
/// report arrives later.
/// </summary>
public static class StableEventId
{
    /// <summary>The id of the event whose canonically first mention is <paramref name="firstMentionId"/>.</summary>
    public static string For(string firstMentionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(firstMentionId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(firstMentionId));
        return "ev_" + Convert.ToHexStringLower(hash, 0, 8);
    }

    /// <summary>The id of the event made of <paramref name="mentions"/> (any order).</summary>
    public static string For(IReadOnlyList<MentionRecord> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count == 0)
        {
            throw new ArgumentException("An event has at least one mention.", nameof(mentions));
        }

        return For(mentions.Min(CanonicalMentionOrder.Instance)!.Id);
    }
}