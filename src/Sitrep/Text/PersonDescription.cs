namespace Sitrep.Text;

/// <summary>The title, role and organisation found next to a person's name.</summary>
internal readonly record struct PersonDescription(string? Title, string? Role, string? Organization);