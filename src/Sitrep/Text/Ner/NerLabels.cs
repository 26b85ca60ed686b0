using Sitrep.Documents;

namespace Sitrep.Text.Ner;

/// <summary>BIO labels over <see cref="EntityType"/>: 0 = O, 1 + 2t = B-t, 2 + 2t = I-t.</summary>
internal static class NerLabels
{
    public const int Outside = 0;

    public static readonly int Count = 1 + (2 * Enum.GetValues<EntityType>().Length);

    public static int Begin(EntityType type) => 1 + (2 * (int)type);

    public static int Inside(EntityType type) => 2 + (2 * (int)type);

    public static bool IsInside(int label) => label > 0 && label % 2 == 0;

    public static EntityType TypeOf(int label) => (EntityType)((label - 1) / 2);

    /// <summary>An I- label may only follow B- or I- of the same type.</summary>
    public static bool Allowed(int previous, int label) =>
        !IsInside(label) || (previous > 0 && TypeOf(previous) == TypeOf(label));

    public static string NameOf(int label) => label == Outside
        ? "O"
        : (IsInside(label) ? "I-" : "B-") + EntityTypeNames.NameOf(TypeOf(label));

    public static int Parse(ReadOnlySpan<char> name)
    {
        if (name is "O")
        {
            return Outside;
        }

        var type = EntityTypeNames.Parse(name[2..]) ?? throw new FormatException($"Unknown label '{name}'.");
        return name[0] == 'I' ? Inside(type) : Begin(type);
    }
}