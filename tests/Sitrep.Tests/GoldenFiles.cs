namespace Sitrep.Tests;

/// <summary>
/// The one switch that regenerates every golden file: run the tests once with <c>SITREP_UPDATE_GOLDEN=1</c>, then
/// review the golden files' diff like any other change.
/// </summary>
internal static class GoldenFiles
{
    public const string Switch = "SITREP_UPDATE_GOLDEN";

    public static bool Regenerate => Environment.GetEnvironmentVariable(Switch) == "1";
}