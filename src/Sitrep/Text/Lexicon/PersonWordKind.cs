using Sitrep.Text;

namespace Sitrep.Text.Lexicon;

/// <summary>Whether a word before a name is a title (form of address, rank) or a role (office).</summary>
internal enum PersonWordKind : byte
{
    Title,
    Role,
}