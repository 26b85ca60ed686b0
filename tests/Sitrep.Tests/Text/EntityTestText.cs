using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Tests.Text;

/// <summary>A tokenised sentence with entities marked in brackets: "[PERSON Francis Donovan] said".</summary>
internal sealed class EntityTestText
{
    public EntityTestText(string marked)
    {
        var plain = new System.Text.StringBuilder();
        var spans = new List<(int Start, int End, EntityType Type)>();
        var i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '[')
            {
                var space = marked.IndexOf(' ', i);
                var type = EntityTypeNames.Parse(marked.AsSpan(i + 1, space - i - 1))!.Value;
                var close = marked.IndexOf(']', space);
                var start = plain.Length;
                plain.Append(marked, space + 1, close - space - 1);
                spans.Add((start, plain.Length, type));
                i = close + 1;
            }
            else
            {
                plain.Append(marked[i++]);
            }
        }

        Text = plain.ToString();
        Tokens = new TokenizerStage().Tokenize(Text);
        Sentences = new SentenceSplitterStage().Split(Text, Tokens);
        Entities = [.. spans.Select(s => new EntityCandidate(Tokens.IndexAtOrAfter(s.Start), Tokens.IndexAtOrAfter(s.End - 1) + 1, s.Type))];
    }

    public string Text { get; }

    public TokenLayer Tokens { get; }

    public SentenceLayer Sentences { get; }

    public List<EntityCandidate> Entities { get; }

    public string Surface(int entity) => Text[Tokens.StartOf(Entities[entity].First)..Tokens.EndOf(Entities[entity].End - 1)];

    public int EntityIndex(string surface, int occurrence = 0) =>
        Enumerable.Range(0, Entities.Count).Where(e => Surface(e) == surface).Skip(occurrence).First();

    public int[] EntityAt()
    {
        var at = Enumerable.Repeat(-1, Tokens.Count).ToArray();
        for (var e = 0; e < Entities.Count; e++)
        {
            for (var t = Entities[e].First; t < Entities[e].End; t++)
            {
                at[t] = e;
            }
        }

        return at;
    }
}