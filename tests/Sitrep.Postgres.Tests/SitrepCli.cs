using System.Diagnostics;

namespace Sitrep.Postgres.Tests;

/// <summary>Runs the real <c>sitrep</c> binary (built next to the tests) as child processes.</summary>
internal static class SitrepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Starts <c>sitrep ARGS</c> with its output captured; the caller waits for it or kills it.</summary>
    public static RunningSitrep Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        return new RunningSitrep(process, string.Join(' ', args));
    }

    /// <summary>Runs <c>sitrep ARGS</c> to completion.</summary>
    public static Task<SitrepResult> RunAsync(params string[] args) => Start(args).WaitAsync();

    internal sealed class RunningSitrep(Process process, string command)
    {
        private readonly Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        private readonly Task<string> stderr = process.StandardError.ReadToEndAsync();

        public int Id => process.Id;

        public bool HasExited => process.HasExited;

        public async Task<SitrepResult> WaitAsync()
        {
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"sitrep {command} did not finish in {Timeout.TotalMinutes} minutes");
            }

            var result = new SitrepResult(process.ExitCode, await stdout, await stderr);
            process.Dispose();
            return result;
        }

        /// <summary>SIGKILL: the process gets no chance to clean up, as in a power cut or an OOM kill.</summary>
        public async Task KillHardAsync()
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}

internal sealed record SitrepResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}