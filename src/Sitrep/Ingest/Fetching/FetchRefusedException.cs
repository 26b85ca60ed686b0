namespace Sitrep.Ingest;

/// <summary>A connection the fetch policy refused before connecting; the fetcher reports it as the URL's failure.</summary>
public sealed class FetchRefusedException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public FetchRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FetchRefusedException()
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public FetchRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}