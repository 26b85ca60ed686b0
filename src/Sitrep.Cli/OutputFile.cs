namespace Sitrep.Cli;

/// <summary>
/// A file a verb writes its result to, opened before any work starts so a bad path fails at once with its reason,
/// not as a stack trace after the work. The result goes to a temporary file beside the target and replaces it only
/// on <see cref="Commit"/>, so a failed run leaves an existing file as it was.
/// </summary>
internal sealed class OutputFile : IAsyncDisposable
{
    private readonly string target;
    private readonly string temporary;
    private bool committed;

    private OutputFile(string target, string temporary, FileStream stream)
    {
        this.target = target;
        this.temporary = temporary;
        Stream = stream;
    }

    /// <summary>Where to write the result.</summary>
    public FileStream Stream { get; }

    /// <summary>Opens a temporary file beside <paramref name="path"/>; on failure, says why on standard error and returns null.</summary>
    public static OutputFile? TryOpen(CliConsole console, string option, string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        string? problem = null;
        if (Directory.Exists(full))
        {
            problem = "it is a folder; expected a file name";
        }
        else if (!Directory.Exists(folder))
        {
            problem = $"the folder {folder} does not exist";
        }
        else
        {
            var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.partial");
            try
            {
                return new OutputFile(full, temporary, new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = $"cannot write in {folder} ({ex.Message})";
            }
        }

        console.Error($"{option} {path}: {problem}; nothing was done.");
        return null;
    }

    /// <summary>Flushes the result and moves it over the target.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(temporary, target, overwrite: true);
        committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        if (!committed)
        {
            File.Delete(temporary);
        }
    }
}