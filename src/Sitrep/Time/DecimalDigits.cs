using System.Globalization;

namespace Sitrep.Time;

/// <summary>
/// The value of the digits a time rule captured. The rules' <c>\d</c> matches any Unicode decimal digit ("٢٠٢٦",
/// "߀"), which <c>int.Parse</c> refuses with an exception that failed the whole article (found by fuzzing); each
/// digit is read by its Unicode decimal value instead.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The number, or -1 when a character is not a decimal digit or there are more than 9 of them.</summary>
    public static int Value(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in digits)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }
}