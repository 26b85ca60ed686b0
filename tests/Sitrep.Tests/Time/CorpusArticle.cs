using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Tests.Time;

/// <summary>Reads a corpus article the way ARCHITECTURE.md's input conventions say: an optional leading <c>date YYYY-MM-DD</c> marker.</summary>
internal static partial class CorpusArticle
{
    public static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Sitrep.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new DirectoryNotFoundException("Sitrep.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The shared corpus folder: ../shared/corpus from the repository root, or /work/shared/corpus.</summary>
    public static string CorpusRoot()
    {
        var beside = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "corpus"));
        if (Directory.Exists(beside))
        {
            return beside;
        }

        var above = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "..", "shared", "corpus"));
        return Directory.Exists(above) ? above : "/work/shared/corpus";
    }

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