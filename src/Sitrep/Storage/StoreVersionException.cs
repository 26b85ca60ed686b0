namespace Sitrep.Storage;

/// <summary>
/// The store was written by a newer Sitrep (its schema version is above the one this build knows), so it is not opened:
/// reading or writing an unknown schema could lose data.
/// </summary>
public sealed class StoreVersionException : Exception
{
    /// <summary>Creates the exception for the store at <paramref name="path"/>.</summary>
    public StoreVersionException(string path, int foundVersion, int supportedVersion)
        : base($"The store {path} has schema version {foundVersion}, but this Sitrep supports up to version {supportedVersion}. " +
               "Upgrade Sitrep, or use another file with --db.")
    {
        Path = path;
        FoundVersion = foundVersion;
        SupportedVersion = supportedVersion;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public StoreVersionException()
        : this("(unknown)", 0, 0)
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public StoreVersionException(string message)
        : base(message)
    {
        Path = "(unknown)";
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public StoreVersionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "(unknown)";
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The schema version found in the file.</summary>
    public int FoundVersion { get; }

    /// <summary>The newest schema version this build supports.</summary>
    public int SupportedVersion { get; }
}