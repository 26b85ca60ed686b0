using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Normalisation of body text for duplicate detection: two copies that differ only in
/// white space, case, quote style or Unicode composition are the same report.
/// </summary>
public static class BodyText
{
    /// <summary>Lower-cased, NFKC-composed text with every run of white space collapsed to one space and quotes and dashes unified.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var raw in composed)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Unify(char.ToLowerInvariant(raw)));
        }

        return builder.ToString();
    }

    /// <summary>Hex SHA-256 of <see cref="Normalize"/>.</summary>
    public static string Hash(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(Normalize(text));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    // Outlets re-typeset wire copy with their own quote and dash styles; those are not edits.
    private static char Unify(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => c is '\u2018' or '\u2019' or '\u2039' or '\u203A' ? '\'' : '"',
        UnicodeCategory.DashPunctuation => '-',
        _ => c,
    };
}