using System.Collections.Frozen;

namespace Sitrep.Text;

/// <summary>
/// Closed-class words that begin sentences but rarely follow an abbreviation inside one. After "U.S." or "Jan."
/// a capitalised word is usually a name ("U.S. Southern Command"); one of these is usually a new sentence
/// ("… with the U.S. The talks …"). The same idea as Punkt's collocation and sentence-starter statistics
/// (Kiss and Strunk 2006), with the list written down instead of learned.
/// </summary>
internal static class SentenceOpeners
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "His", "Her", "Its", "Their", "Our", "My", "In", "On", "At", "But", "And", "Or", "So", "Yet", "If", "When",
        "While", "After", "Before", "Since", "As", "However", "Meanwhile", "According", "Some", "Many", "Most",
        "What", "Why", "How", "Who", "Where", "Last", "Earlier", "Later", "Also", "Still", "Both", "All", "During",
        "For", "From", "With", "Such", "Other", "Officials", "Another", "One", "Two", "Three", "Several", "Then",
        "Now", "Today", "Yesterday", "Although", "Though", "Despite", "Because", "Unlike", "Under", "Over");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}