namespace Sitrep.Storage;

/// <summary>An article set aside because its analysis failed or went over its budget.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Reason">What went wrong ("analysis took longer than 60 s", or the error).</param>
/// <param name="QuarantinedAt">When it was set aside.</param>
public sealed record QuarantinedArticle(string ArticleId, string Reason, DateTimeOffset QuarantinedAt);