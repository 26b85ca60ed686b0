namespace Sitrep.Pipeline;

/// <summary>A progress report during ingest.</summary>
/// <param name="InputsDone">Inputs (command-line arguments) read to the end.</param>
/// <param name="InputsTotal">Inputs given.</param>
/// <param name="ArticlesRead">Articles read so far.</param>
/// <param name="ArticlesStored">Articles committed to the store so far (new and syndicated).</param>
/// <param name="Failed">Inputs or items that failed so far.</param>
/// <param name="CurrentInput">The input being read.</param>
public sealed record IngestProgress(int InputsDone, int InputsTotal, int ArticlesRead, int ArticlesStored, int Failed, string? CurrentInput);