using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Tests.Time;

/// <summary>Reads a corpus article the way ARCHITECTURE.md's input conventions say: an optional leading <c>date YYYY-MM-DD</c> marker.</summary>
internal static partial class CorpusArticle
{
    public static string RepoRoot() => TestPaths.RepoRoot;

    public static string CorpusRoot() => Path.Combine(TestPaths.Shared, "corpus");

    public static (string Body, DateOnly? Published) Read(string path)
    {
        var raw = File.ReadAllText(path);
        var marker = DateMarker().Match(raw);
        if (!marker.Success)
        {
            return (raw, null);
        }

        var published = DateOnly.ParseExact(marker.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (raw[(marker.Index + marker.Length)..], published);
    }

    [GeneratedRegex(@"\A\s*date\s+(?<date>\d{4}-\d{2}-\d{2})\s*")]
    private static partial Regex DateMarker();
}