using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// Joins ECB+ tokens (Penn Treebank style: <c>``</c> and <c>''</c> for quotes, clitics split off) back into the
/// spacing a reader would see, so that the analysis stages meet ordinary text rather than a token dump.
/// </summary>
internal static class EcbDetokenizer
{
    // Tokens written without a space before them: closing punctuation and the clitics the PTB tokeniser splits off.
    private static readonly FrozenSet<string> NoSpaceBefore = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "''", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "...");

    // Tokens written without a space after them: opening punctuation and currency signs.
    private static readonly FrozenSet<string> NoSpaceAfter = FrozenSet.Create(StringComparer.Ordinal, "(", "[", "{", "``", "$", "£", "€", "#");

    /// <summary>The tokens of one sentence as text; PTB quotes become straight double quotes.</summary>
    public static string Join(IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > 0 && !NoSpaceBefore.Contains(token) && !NoSpaceAfter.Contains(tokens[i - 1]))
            {
                text.Append(' ');
            }

            text.Append(token is "``" or "''" ? "\"" : token);
        }

        return text.ToString();
    }

    /// <summary>A link tokenised into pieces ("http", ":", "/", "/", "www", ...) glued back together.</summary>
    public static string JoinUrl(IReadOnlyList<string> tokens) => string.Concat(tokens);
}