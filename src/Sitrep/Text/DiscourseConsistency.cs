using System.Runtime.CompilerServices;
using Sitrep.Documents;
using Sitrep.Text.Lexicon;

namespace Sitrep.Text;

/// <summary>
/// One sense per discourse for names (Krishnan and Manning 2006): within one article a name keeps one type. A
/// single word that is the surname of a person named in full is that person ("Noboa" after "Daniel Noboa"), and
/// other repeated names take the type most of their mentions have.
/// </summary>
internal sealed class DiscourseConsistency
{
    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;
    private readonly TextResources resources;

    public DiscourseConsistency(TextResources resources) => this.resources = resources;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(string text, TokenLayer tokens, List<EntityCandidate> entities)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Person && e.End - e.First >= 2)
            {
                surnames.Add(tokens.TextOf(text, e.End - 1).ToString());
            }
        }

        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            var surface = Surface(text, tokens, e);
            if (e.End - e.First == 1 && e.Type != EntityType.Person && surnames.Contains(surface)
                && !resources.Places.Contains(surface) && !resources.Demonyms.ContainsKey(surface))
            {
                entities[i] = e = e with { Type = EntityType.Person };
            }

            if (!votes.TryGetValue(surface, out var counts))
            {
                votes[surface] = counts = new int[TypeCount];
            }

            counts[(int)e.Type]++;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            var counts = votes[Surface(text, tokens, e)];
            var best = (int)e.Type;
            for (var t = 0; t < counts.Length; t++)
            {
                if (counts[t] > counts[best])
                {
                    best = t;
                }
            }

            entities[i] = e with { Type = (EntityType)best };
        }
    }

    private static string Surface(string text, TokenLayer tokens, EntityCandidate e) =>
        text[tokens.StartOf(e.First)..tokens.EndOf(e.End - 1)];
}