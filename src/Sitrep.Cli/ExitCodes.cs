namespace Sitrep.Cli;

/// <summary>The process exit codes every verb uses.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>The run finished but some inputs failed (each named on standard error), or the thing asked for was not found.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong: nothing was done.</summary>
    public const int Usage = 2;
}