using System.Globalization;

namespace Sitrep.Ingest;

/// <summary>Human-readable byte counts for diagnostics ("200 MB", "10 MB", "512 bytes").</summary>
internal static class ByteSize
{
    public static string Format(long bytes)
    {
        const double Mb = 1024 * 1024;
        const double Kb = 1024;
        if (bytes >= Mb)
        {
            var mb = bytes / Mb;
            return (mb == Math.Floor(mb) ? mb.ToString("0", CultureInfo.InvariantCulture) : mb.ToString("0.0", CultureInfo.InvariantCulture)) + " MB";
        }

        return bytes >= Kb
            ? (bytes / Kb).ToString("0.#", CultureInfo.InvariantCulture) + " KB"
            : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
    }
}