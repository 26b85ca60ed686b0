using System.Text.RegularExpressions;

namespace Sitrep.Actors;

/// <summary>
/// Reads PETRARCH/TABARI actor dictionaries (Phoenix.*.actors.txt, actors_COL.txt; syntax in
/// ../shared/data/README.md): "#" comments, a primary phrase with an optional inline "[CODE]", "+" synonym lines and
/// TAB-indented "[CODE date-spec]" lines with ">D", "&lt;D" or "D1-D2". Malformed codes become diagnostics.
/// </summary>
internal static partial class PetrarchActorReader
{
    public static List<PetrarchActorRecord> Read(TextReader reader, string source, List<Diagnostic> diagnostics)
    {
        var records = new List<PetrarchActorRecord>();
        string? primary = null;
        var synonyms = new List<string>();
        var codes = new List<PetrarchRestriction>();
        var primaryLine = 0;
        var lineNumber = 0;

        void Flush()
        {
            if (primary is { Length: > 0 })
            {
                records.Add(new PetrarchActorRecord(primary, [.. synonyms], [.. codes], primaryLine));
            }

            primary = null;
            synonyms.Clear();
            codes.Clear();
        }

        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indented = line[0] is '\t' or ' ';
            var body = line.Trim();
            if (body.StartsWith('+'))
            {
                var (phrase, _) = SplitPhrase(body[1..]);
                if (primary is not null && phrase.Length > 0)
                {
                    synonyms.Add(phrase);
                }

                ReadCodes(body, source, lineNumber, codes, diagnostics);
            }
            else if (indented || body.StartsWith('['))
            {
                ReadCodes(body, source, lineNumber, codes, diagnostics);
            }
            else
            {
                Flush();
                var (phrase, _) = SplitPhrase(body);
                primary = phrase;
                primaryLine = lineNumber;
                ReadCodes(body, source, lineNumber, codes, diagnostics);
            }
        }

        Flush();
        return records;
    }

    /// <summary>"NICOLAS_MADURO_ [VENGOV]" → "NICOLAS MADURO": underscores to spaces, the TABARI trailing "_" dropped.</summary>
    internal static (string Phrase, int CodeStart) SplitPhrase(string body)
    {
        var bracket = body.IndexOf('[', StringComparison.Ordinal);
        var phrasePart = (bracket >= 0 ? body[..bracket] : body).Trim();
        var tab = phrasePart.IndexOf('\t', StringComparison.Ordinal);
        if (tab >= 0)
        {
            phrasePart = phrasePart[..tab];
        }

        var phrase = phrasePart.Replace('_', ' ').Trim();
        return (MultiSpace().Replace(phrase, " "), bracket);
    }

    private static void ReadCodes(string body, string source, int line, List<PetrarchRestriction> codes, List<Diagnostic> diagnostics)
    {
        foreach (Match match in CodePattern().Matches(body))
        {
            var code = match.Groups["code"].Value;
            if (code is "---" || code.Length == 0)
            {
                continue;
            }

            var spec = match.Groups["spec"].Value.Trim();
            if (spec.Length == 0)
            {
                codes.Add(new PetrarchRestriction(code, null, null));
            }
            else if (spec[0] is '>' or '<')
            {
                var date = PetrarchDate.Parse(spec.AsSpan(1).Trim());
                if (date is null)
                {
                    diagnostics.Add(new Diagnostic(source, $"line {line}", $"Malformed date '{spec}' in '[{code} {spec}]'."));
                    continue;
                }

                codes.Add(spec[0] == '>' ? new PetrarchRestriction(code, date, null) : new PetrarchRestriction(code, null, date));
            }
            else
            {
                var dash = spec.IndexOf('-', StringComparison.Ordinal);
                var from = dash > 0 ? PetrarchDate.Parse(spec.AsSpan(0, dash)) : null;
                var to = dash > 0 ? PetrarchDate.Parse(spec.AsSpan(dash + 1)) : null;
                if (from is null || to is null)
                {
                    diagnostics.Add(new Diagnostic(source, $"line {line}", $"Malformed date range '{spec}' in '[{code} {spec}]'."));
                    continue;
                }

                codes.Add(new PetrarchRestriction(code, from, to));
            }
        }
    }

    [GeneratedRegex(@"\[(?<code>[A-Za-z~\-]*)(?<spec>[^\]]*)\]")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MultiSpace();
}