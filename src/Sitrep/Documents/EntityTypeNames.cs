namespace Sitrep.Documents;

/// <summary>The OntoNotes names of <see cref="EntityType"/> values as they appear in JSON ("PERSON", "ORG", …).</summary>
public static class EntityTypeNames
{
    private static readonly string[] Names = ["PERSON", "ORG", "GPE", "LOC", "NORP"];

    /// <summary>The JSON name of <paramref name="type"/>.</summary>
    public static string NameOf(EntityType type) => Names[(int)type];

    /// <summary>The type named <paramref name="name"/> ("PERSON", "ORG", "GPE", "LOC", "NORP"), or null.</summary>
    public static EntityType? Parse(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.Equals(Names[i], StringComparison.OrdinalIgnoreCase))
            {
                return (EntityType)i;
            }
        }

        return null;
    }
}