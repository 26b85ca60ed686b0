namespace Sitrep.Documents;

/// <summary>
/// A named entity: its span, type and, for people, the title, role and organisation that stand before the name
/// ("SOUTHCOM Commander General Francis Donovan": title General, role Commander, org SOUTHCOM), and the index of
/// the fuller mention in the same document it refers to ("Donovan" → "Gen. Francis L. Donovan"), if any.
/// </summary>
public sealed record Entity
{
    /// <summary>Creates an entity; <paramref name="link"/> is null or the index of another entity.</summary>
    public Entity(TextSpan span, EntityType type, string? title = null, string? role = null, string? organization = null, int? link = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(span.Length, nameof(span));
        if (link is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(link), link, "A link is the index of another entity.");
        }

        Span = span;
        Type = type;
        Title = title;
        Role = role;
        Organization = organization;
        Link = link;
    }

    /// <summary>The name in the text, without title, role or possessive "'s".</summary>
    public TextSpan Span { get; init; }

    /// <summary>The entity type.</summary>
    public EntityType Type { get; init; }

    /// <summary>A form of address or rank: "General", "President", "Mr.".</summary>
    public string? Title { get; init; }

    /// <summary>The office held: "Commander", "spokesman", "head".</summary>
    public string? Role { get; init; }

    /// <summary>The organisation the role is in: "SOUTHCOM", "Pentagon".</summary>
    public string? Organization { get; init; }

    /// <summary>Index, in the same <see cref="EntityLayer"/>, of the mention this one refers to; null when it is the first or only one.</summary>
    public int? Link { get; init; }
}