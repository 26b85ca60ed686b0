using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Sitrep.Cli.Tests;

/// <summary>
/// The README's first command, <c>./install.sh</c>, run for real: it packs the build the tests already made
/// (<c>--no-build</c>, so no two-minute Release build inside the test) and installs the tool into a HOME and
/// DOTNET_CLI_HOME of its own and links (when it must) into a folder of its own (SITREP_LINK_DIR), so the
/// developer's global tools and <c>/usr/local/bin</c> stay as they were.
/// </summary>
public sealed partial class InstallScriptTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly string Script = Path.Combine(SitrepProcess.RepoRoot, "install.sh");

    [Fact]
    public async Task Install_puts_sitrep_on_the_PATH_and_a_second_run_updates_it()
    {
        using var temp = new TempFolder();
        var env = IsolatedEnvironment(temp);
        var tools = Path.Combine(env["DOTNET_CLI_HOME"]!, ".dotnet", "tools");
        var links = env["SITREP_LINK_DIR"]!;
        var path = Environment.GetEnvironmentVariable("PATH");
        var systemLink = LinkTarget("/usr/local/bin/sitrep");

        // The SDK's tools folder on the PATH: nothing needs linking.
        env["PATH"] = tools + ":" + path;
        var first = await RunAsync(env, "/bin/bash", Script, "--no-build", "-c", Configuration);
        Assert.True(first.ExitCode == 0, first.ToString());
        var firstVersion = InstalledVersion(first);
        Assert.Empty(Directory.EnumerateFileSystemEntries(links));
        var help = await RunAsync(env, "/bin/bash", "-c", "command -v sitrep && sitrep --help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.StartsWith(Path.Combine(tools, "sitrep") + "\n", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("demo", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("ingest", help.Stdout, StringComparison.Ordinal);

        // The rerun after a pull replaces the installed package; this time the tools folder is not on the PATH (a
        // fresh container), so the script links sitrep into a folder that is.
        env["PATH"] = links + ":" + path;
        var second = await RunAsync(env, "/bin/bash", Script, "--no-build", "-c", Configuration);
        Assert.True(second.ExitCode == 0, second.ToString());
        var secondVersion = InstalledVersion(second);
        Assert.True(string.CompareOrdinal(secondVersion, firstVersion) > 0, $"{firstVersion} then {secondVersion}");
        Assert.Contains($"from version '{firstVersion}' to version '{secondVersion}'", second.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Linked {links}/sitrep -> {tools}/sitrep", second.Stdout, StringComparison.Ordinal);
        var list = await RunAsync(env, "dotnet", "tool", "list", "--global");
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(secondVersion, list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(firstVersion, list.Stdout, StringComparison.Ordinal);
        help = await RunAsync(env, "/bin/bash", "-c", "command -v sitrep && sitrep --help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.StartsWith(Path.Combine(links, "sitrep") + "\n", help.Stdout, StringComparison.Ordinal);

        Assert.Equal(systemLink, LinkTarget("/usr/local/bin/sitrep"));
    }

    [Fact]
    public async Task A_tool_update_that_installs_nothing_fails_and_links_nothing()
    {
        using var temp = new TempFolder();
        var env = IsolatedEnvironment(temp);
        // A 'dotnet' that answers every command with success and does nothing: the script must look for the
        // installed command itself instead of trusting the exit code (and never link a missing file).
        var fakeBin = Directory.CreateDirectory(Path.Combine(temp.Path, "fake-bin")).FullName;
        var fakeDotnet = Path.Combine(fakeBin, "dotnet");
        await File.WriteAllTextAsync(fakeDotnet, "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fakeDotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        env["PATH"] = fakeBin + ":" + env["SITREP_LINK_DIR"] + ":" + Environment.GetEnvironmentVariable("PATH");

        var result = await RunAsync(env, "/bin/bash", Script, "--no-build", "-c", Configuration);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("ended without error but", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("/.dotnet/tools/sitrep is missing", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(env["SITREP_LINK_DIR"]!));
    }

    [Fact]
    public async Task Without_dotnet_on_the_PATH_install_names_the_missing_SDK_and_fails()
    {
        using var temp = new TempFolder();
        var env = IsolatedEnvironment(temp);
        // A PATH that holds no dotnet (nor anything else): the check must come before the script uses any command.
        env["PATH"] = Directory.CreateDirectory(Path.Combine(temp.Path, "empty-bin")).FullName;

        var result = await RunAsync(env, "/bin/bash", Script);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("'dotnet' is not on the PATH", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(".NET 10 SDK", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("command not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_argument_is_refused_with_the_usage()
    {
        using var temp = new TempFolder();
        var result = await RunAsync(IsolatedEnvironment(temp), "/bin/bash", Script, "--prefix", "/opt");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("unknown argument '--prefix'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("usage: install.sh", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_build_without_a_build_names_the_missing_file_and_the_command_that_makes_it()
    {
        using var temp = new TempFolder();
        var result = await RunAsync(IsolatedEnvironment(temp), "/bin/bash", Script, "--no-build", "-c", "Unbuilt");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("src/Sitrep.Cli/bin/Unbuilt/net10.0/sitrep.dll is missing", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("dotnet build src/Sitrep.Cli -c Unbuilt", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "cli-home", ".dotnet", "tools")));
    }

    private static Dictionary<string, string?> IsolatedEnvironment(TempFolder temp)
    {
        var cliHome = Directory.CreateDirectory(Path.Combine(temp.Path, "cli-home")).FullName;
        // The package comes from the script's own feed alone: no network, so the test passes offline and cannot
        // pick up a published Sitrep.Cli. With DOTNET_CLI_HOME set, NuGet reads its user settings from there.
        var nugetConfig = Directory.CreateDirectory(Path.Combine(cliHome, ".nuget", "NuGet")).FullName;
        File.WriteAllText(Path.Combine(nugetConfig, "NuGet.Config"), "<configuration><packageSources><clear /></packageSources></configuration>\n");
        return new()
        {
            ["HOME"] = Directory.CreateDirectory(Path.Combine(temp.Path, "home")).FullName,
            ["DOTNET_CLI_HOME"] = cliHome,
            // Never /usr/local/bin: a failing run must not repoint the developer's own link.
            ["SITREP_LINK_DIR"] = Directory.CreateDirectory(Path.Combine(temp.Path, "link-bin")).FullName,
            // No MSBuild node may outlive the script: it would hold the output pipes open and the test would wait on it.
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["DOTNET_NOLOGO"] = "1",
        };
    }

    private static string InstalledVersion(SitrepResult result)
    {
        var match = InstalledLine().Match(result.Stdout);
        Assert.True(match.Success, "no 'Installed: …' line\n" + result);
        return match.Groups["version"].Value;
    }

    private static string? LinkTarget(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget ?? (info.Exists ? "(a file)" : null);
    }

    private async Task<SitrepResult> RunAsync(Dictionary<string, string?> env, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = SitrepProcess.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in env)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in 5 minutes");
        }

        var result = new SitrepResult(process.ExitCode, await stdout, await stderr);
        output.WriteLine($"{program} {string.Join(' ', args)}: exit {result.ExitCode} in {clock.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    [GeneratedRegex(@"^Installed: .* \((?<version>[^()\s]+)\)\. Try: sitrep demo$", RegexOptions.Multiline)]
    private static partial Regex InstalledLine();
}