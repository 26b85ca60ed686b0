using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>
/// Where the CLI writes: human output (tables, progress) through Spectre.Console, machine output (JSON) as plain
/// text on standard output, and diagnostics on standard error, so that <c>sitrep ... --json | jq</c> always works.
/// </summary>
internal sealed class CliConsole(IAnsiConsole human, TextWriter json, IAnsiConsole errors)
{
    /// <summary>Tables and summaries for people.</summary>
    public IAnsiConsole Human { get; } = human;

    /// <summary>Machine-readable output.</summary>
    public TextWriter Json { get; } = json;

    /// <summary>Warnings, failures and usage errors.</summary>
    public IAnsiConsole Errors { get; } = errors;

    /// <summary>True when a person is watching: progress bars make sense.</summary>
    public bool Interactive => Errors.Profile.Capabilities.Interactive && !Console.IsErrorRedirected;

    public static CliConsole CreateDefault()
    {
        var human = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

        // Redirected output has no terminal width; 80 columns would wrap ids and headlines mid-word in files and pipes.
        if (Console.IsOutputRedirected)
        {
            human.Profile.Width = 200;
        }

        // A diagnostic is one line (Error's promise): wrapped at 80 columns it would split a path or a list of codes
        // in a log, and grep would miss it.
        if (Console.IsErrorRedirected)
        {
            errors.Profile.Width = 4096;
        }

        return new CliConsole(human, Console.Out, errors);
    }

    /// <summary>One line on standard error naming the problem, in red where colour is available.</summary>
    public void Error(string message) => Errors.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    /// <summary>One line on standard error for a repaired input.</summary>
    public void Warning(string message) => Errors.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");
}