namespace Sitrep.Cli;

/// <summary>Checks made before a read-only verb opens a store, so a typo in --db never creates an empty one.</summary>
internal static class StoreFiles
{
    public static bool Exists(CliConsole console, string dbPath)
    {
        if (Sitrep.Postgres.StoreOpener.Exists(dbPath))
        {
            return true;
        }

        console.Error($"{dbPath}: no such store; run 'sitrep ingest --db {dbPath} PATH...' first.");
        return false;
    }
}