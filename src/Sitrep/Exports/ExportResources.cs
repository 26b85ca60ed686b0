using System.Reflection;

namespace Sitrep.Exports;

/// <summary>Reads the compiled-in tables of data/exports/.</summary>
internal static class ExportResources
{
    public static string Read(string name)
    {
        using var stream = typeof(ExportResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from {Assembly.GetExecutingAssembly().FullName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string[]> Rows(string tsv)
    {
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}