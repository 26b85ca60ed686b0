namespace Sitrep.Ingest;

/// <summary>What reading one input produced: an article, or a diagnostic naming what went wrong.</summary>
public abstract record ReadOutcome
{
    private protected ReadOutcome()
    {
    }
}

/// <summary>An article was read; <see cref="Warnings"/> lists repairs made on the way (invalid UTF-8 replaced, say).</summary>
public sealed record ArticleRead(Article Article, IReadOnlyList<Diagnostic> Warnings) : ReadOutcome
{
    /// <summary>An article read without repairs.</summary>
    public ArticleRead(Article article)
        : this(article, [])
    {
    }
}

/// <summary>An input, or one item of it, could not be read.</summary>
public sealed record ReadFailed(Diagnostic Diagnostic) : ReadOutcome;