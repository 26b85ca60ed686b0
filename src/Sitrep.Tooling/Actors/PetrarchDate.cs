using System.Globalization;

namespace Sitrep.Actors;

/// <summary>
/// PETRARCH dates: YYMMDD or YYYYMMDD; a two-digit year 00–30 is 20YY, 31–99 is 19YY
/// (dstr_to_ordate in PETRARCH's PETRreader.py, as ../shared/data/README.md quotes).
/// </summary>
internal static class PetrarchDate
{
    public static DateOnly? Parse(ReadOnlySpan<char> text)
    {
        int year;
        ReadOnlySpan<char> rest;
        if (text.Length == 6 && int.TryParse(text[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var yy))
        {
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = text[2..];
        }
        else if (text.Length == 8 && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var yyyy))
        {
            year = yyyy;
            rest = text[4..];
        }
        else
        {
            return null;
        }

        if (!int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(rest[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }
}