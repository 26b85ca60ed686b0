namespace Sitrep.Clustering;

/// <summary>The union of the actors (or recipients) of an event's mentions, one entry per actor with the mentions naming it.</summary>
internal static class ActorFusion
{
    /// <summary>
    /// Merges the references <paramref name="actors"/> reads from <paramref name="mentions"/> (canonical order): two
    /// references are one actor when they share a key or a name (<see cref="ActorFeature.Same"/>); the first
    /// reference met stands for the actor.
    /// </summary>
    public static IReadOnlyList<FusedActor> Fuse(IReadOnlyList<MentionRecord> mentions, Func<MentionRecord, IReadOnlyList<ActorRef>> actors)
    {
        var result = new List<(ActorRef Actor, List<string> Support)>();
        foreach (var m in mentions)
        {
            foreach (var actor in actors(m))
            {
                var index = result.FindIndex(r => ActorFeature.Same(r.Actor, actor));
                if (index < 0)
                {
                    result.Add((actor, [m.Id]));
                }
                else if (!result[index].Support.Contains(m.Id))
                {
                    result[index].Support.Add(m.Id);
                }
            }
        }

        return [.. result.Select(r => new FusedActor(r.Actor, r.Support))];
    }
}