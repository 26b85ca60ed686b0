#:property PublishAot=false
// Writes ECB+ documents as Sitrep text articles (one sentence a line, ECB+'s tokens joined back into running text),
// for the team's event gold on crime and violence news from outlets other than VOA (data/events/ecb-gold/):
//   dotnet run tools/ecb-articles.cs -- ../shared/data/clustering/ecbplus/ECB+ data/events/ecb-gold/articles 3,8,12 3
// arguments: the ECB+ folder, the output folder, the topics, and how many `ecb` and how many `ecbplus` documents of
// each topic (the lowest-numbered). ECB+ gives no publication date, so no `date` marker is written (ARCHITECTURE.md:
// relative dates then stay unresolved); sentence 0 of an `ecbplus` document, its source link, is left out.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: ECB_DIR OUT_DIR TOPICS(comma-separated) DOCS_PER_KIND");
    return 2;
}

var (ecbDir, outDir) = (args[0], args[1]);
var topics = args[2].Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture));
var perKind = int.Parse(args[3], CultureInfo.InvariantCulture);
Directory.CreateDirectory(outDir);
var written = 0;
foreach (var topic in topics)
{
    var files = Directory.GetFiles(Path.Combine(ecbDir, topic.ToString(CultureInfo.InvariantCulture)), "*.xml");
    foreach (var kind in new[] { "ecb", "ecbplus" })
    {
        var chosen = files.Where(f => Path.GetFileNameWithoutExtension(f).EndsWith("_" + DocNumber(f) + kind, StringComparison.Ordinal))
            .OrderBy(DocNumber).Take(perKind);
        foreach (var file in chosen)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var sentences = ReadSentences(file).Where(s => !(kind == "ecbplus" && s.Key == 0)).Select(s => Detokenise(s.Value));
            File.WriteAllText(Path.Combine(outDir, "ecb-" + name + ".txt"), string.Join('\n', sentences) + "\n");
            written++;
        }
    }
}
Console.WriteLine($"{written} articles → {outDir}");
return 0;

static int DocNumber(string path)
{
    var name = Path.GetFileNameWithoutExtension(path);
    var digits = name[(name.IndexOf('_') + 1)..].TakeWhile(char.IsAsciiDigit);
    return int.Parse(string.Concat(digits), CultureInfo.InvariantCulture);
}

static SortedDictionary<int, List<string>> ReadSentences(string path)
{
    var sentences = new SortedDictionary<int, List<string>>();
    using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
    while (reader.ReadToFollowing("token"))
    {
        var sentence = int.Parse(reader.GetAttribute("sentence")!, CultureInfo.InvariantCulture);
        var text = reader.ReadElementContentAsString();
        if (!sentences.TryGetValue(sentence, out var tokens))
        {
            sentences[sentence] = tokens = [];
        }
        tokens.Add(text);
    }
    return sentences;
}

// Penn Treebank tokenisation undone: no space before closing punctuation and clitics, none after opening brackets,
// `` and '' back to straight double quotes. The ecbplus documents split hyphenated words ("38 - year - old") and leave
// quotes glued to words ("deliberately): a hyphen between two words joins them, and a glued quote opens or closes.
static string Detokenise(List<string> tokens)
{
    var text = new StringBuilder();
    var openQuote = false;
    string? previous = null;
    for (var i = 0; i < tokens.Count; i++)
    {
        var raw = tokens[i];
        var token = raw is "``" or "''" ? "\"" : raw;
        if (token == "-" && previous is { } p && char.IsLetterOrDigit(p[^1]) && i + 1 < tokens.Count && tokens[i + 1].Length > 0 && char.IsLetterOrDigit(tokens[i + 1][0]))
        {
            text.Append('-');
            previous = "-joined";
            continue;
        }
        if (previous == "-joined")
        {
            text.Append(token);
            previous = token;
            continue;
        }
        var attachLeft = token is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "}" or "%" or "n't" or "'s" or "'re" or "'ve" or "'ll" or "'d" or "'m" or "'"
            || (token == "\"" && openQuote);
        var afterOpening = previous is "(" or "[" or "{" or "$" || (previous == "\"" && openQuote);
        if (text.Length > 0 && !attachLeft && !afterOpening)
        {
            text.Append(' ');
        }
        text.Append(token);
        if (token == "\"")
        {
            openQuote = !openQuote;
        }
        else if (token.Length > 1 && token[0] == '"' && token[^1] != '"')
        {
            openQuote = true;
        }
        else if (token.Length > 1 && token[^1] == '"' && token[0] != '"')
        {
            openQuote = false;
        }
        previous = token;
    }
    return Regex.Replace(text.ToString(), @"\s+", " ").Trim();
}
