using System.Diagnostics;

namespace Sitrep.Fuzz;

/// <summary>Runs a target over saved inputs without afl: how a finding is reproduced and how the seed corpus is checked.</summary>
internal static class Replay
{
    public static int Run(string name, Action<byte[]> target, IEnumerable<string> inputs)
    {
        var files = inputs.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]).ToList();
        var failed = 0;
        foreach (var file in files)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                target(File.ReadAllBytes(file));
                Console.WriteLine($"{name} {file}: ok, {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
            }
            catch (Exception ex)
            {
                failed++;
                Console.WriteLine($"{name} {file}: {ex}");
            }
        }

        Console.WriteLine($"replayed {files.Count} inputs, {failed} threw");
        return failed == 0 ? 0 : 1;
    }
}