namespace Sitrep;

/// <summary>
/// A problem with outside input: which input, where in it, and what was expected.
/// Bad input is reported through diagnostics and the run goes on; exceptions are for bugs.
/// </summary>
/// <param name="Input">The file path, URL or corpus the problem is in.</param>
/// <param name="Location">The line, item or field inside the input, or null for the whole input.</param>
/// <param name="Message">What was wrong and what was expected.</param>
/// <param name="Severity">Whether the input was rejected or only repaired.</param>
public sealed record Diagnostic(string Input, string? Location, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>One line for a terminal: <c>input:location: message</c>.</summary>
    public override string ToString() =>
        Location is null ? $"{Input}: {Message}" : $"{Input}:{Location}: {Message}";
}

/// <summary>How bad a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input was read after a repair (invalid UTF-8 replaced, say).</summary>
    Warning,

    /// <summary>The input, or this part of it, was not read.</summary>
    Error,
}