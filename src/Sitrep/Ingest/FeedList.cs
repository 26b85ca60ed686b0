namespace Sitrep.Ingest;

/// <summary>The feeds <c>sitrep watch</c> is given: http(s) URLs as they are, and OPML files read for their feed URLs.</summary>
public static class FeedList
{
    /// <summary>
    /// The feed URLs <paramref name="inputs"/> name, in order and without repeats, and a diagnostic for each input that
    /// names none (a missing or oversized file, malformed OPML, a non-http(s) feed URL, any other scheme).
    /// </summary>
    public static (IReadOnlyList<string> Feeds, IReadOnlyList<Diagnostic> Problems) Expand(IReadOnlyList<string> inputs, long maxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var feeds = new List<string>();
        var problems = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string input, string? location, string url)
        {
            if (FeedItemArticles.ResolveLink(url, null) is not { } absolute)
            {
                problems.Add(new Diagnostic(input, location, $"feed URL \"{url}\" is not http(s)"));
            }
            else if (seen.Add(absolute))
            {
                feeds.Add(absolute);
            }
        }

        foreach (var input in inputs)
        {
            if (input.Contains("://", StringComparison.Ordinal))
            {
                Add(input, null, input);
                continue;
            }

            if (!File.Exists(input))
            {
                problems.Add(new Diagnostic(input, null, "no such file (expected an http(s) feed URL or an OPML file)"));
                continue;
            }

            var length = new FileInfo(input).Length;
            if (length > maxFileBytes)
            {
                problems.Add(new Diagnostic(input, null, $"file is {ByteSize.Format(length)}, larger than the {ByteSize.Format(maxFileBytes)} limit; not read"));
                continue;
            }

            var decoded = TextDecoder.Decode(File.ReadAllBytes(input), input, null, InputFormat.Opml);
            var failure = decoded.Failure;
            var urls = decoded.Text is null ? null : OpmlDocument.FeedUrls(decoded.Text, out failure);
            if (urls is null || urls.Count == 0)
            {
                problems.Add(new Diagnostic(input, null, failure ?? "OPML lists no feeds (no outline with xmlUrl)"));
                continue;
            }

            for (var i = 0; i < urls.Count; i++)
            {
                Add(input, "feed " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), urls[i]);
            }
        }

        return (feeds, problems);
    }
}