namespace Sitrep.Quantities;

/// <summary>
/// A minimal tokenizer for count phrases, so the quantity stage works from <c>Document.Text</c> alone. A hyphen joins
/// only when a letter follows ("al-Shabab", "38-year-old"), so "5-10" stays a range of two figures.
/// </summary>
internal static class CountTokenizer
{
    public static List<CountToken> Tokenize(string text)
    {
        var tokens = new List<CountToken>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new CountToken(i, i + 1, CountTokenKind.Symbol));
                i++;
                continue;
            }

            var start = i;
            var hasLetter = false;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetter(ch))
                {
                    hasLetter = true;
                }
                else if (char.IsDigit(ch))
                {
                    // digits continue the token
                }
                else if (ch is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
                {
                    // "al-Shabab", "Africa's": joined
                }
                else if (ch is ',' or '.' or ':' && !hasLetter && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
                {
                    // "1,200", "1.5", "10:30"
                }
                else
                {
                    break;
                }

                i++;
            }

            tokens.Add(new CountToken(start, i, hasLetter ? CountTokenKind.Word : CountTokenKind.Digits));
        }

        return tokens;
    }
}