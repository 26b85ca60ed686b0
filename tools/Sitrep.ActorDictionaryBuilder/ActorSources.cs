using Sitrep.Actors;
using Sitrep.Tools;

namespace Sitrep.ActorDictionaryBuilder;

/// <summary>Named actors from the PETRARCH dictionaries, UCDP and the Colombian list.</summary>
internal static class ActorSources
{
    public static BuiltActor? FromPetrarch(string prefix, PetrarchActorRecord record, Dictionary<string, BuiltCountry> byAlpha3, int maxWords)
    {
        if (record.Codes.Count == 0 || record.Primary.Count(c => c == ' ') + 1 > maxWords)
        {
            return null;
        }

        var fallback = record.DefaultCode ?? record.Codes[^1].Code;
        var name = PhraseCase.Title(record.Primary);
        if (name.Length < 2)
        {
            return null;
        }

        var actor = new BuiltActor(prefix + ":" + record.Primary.Replace(' ', '_'), name,
            CountrySources.Alpha2(CameoCode.CountryPiece(fallback), byAlpha3), CameoCode.SectorOf(fallback));
        foreach (var synonym in record.Synonyms)
        {
            actor.AddAlias(PhraseCase.Title(synonym));
        }

        foreach (var code in record.Codes.Where(c => !c.IsDefault))
        {
            actor.Roles.Add(new ActorRole(CountrySources.Alpha2(CameoCode.CountryPiece(code.Code), byAlpha3), CameoCode.SectorOf(code.Code), code.From, code.To));
        }

        return actor;
    }

    /// <summary>
    /// UCDP actors other than state governments (Org 4; countries come from ISO and PETRARCH): formal armed groups
    /// and party supporters are rebels, identity groups civilians (UCDP actor codebook 22.1, "Org").
    /// </summary>
    public static IEnumerable<BuiltActor> FromUcdp(string path, Func<string, string?> countryOf)
    {
        using var reader = new StreamReader(path);
        var header = CsvLine.Split(reader.ReadLine()!.TrimStart('\uFEFF'));
        int Col(string name) => header.IndexOf(name);
        var (id, data, orig, origFull, origEng, newName, org, location) =
            (Col("ActorId"), Col("NameData"), Col("NameOrig"), Col("NameOrigFull"), Col("NameOrigFullEng"), Col("NewName"), Col("Org"), Col("Location"));
        while (reader.ReadLine() is { } line)
        {
            var f = CsvLine.Split(line);
            if (f.Count < header.Count || f[org] == "4")
            {
                continue;
            }

            var country = f[location].Split(',').Select(p => countryOf(p.Trim())).FirstOrDefault(c => c is not null);
            var actor = new BuiltActor("UCDP:" + f[id], f[data], country, f[org] == "3" ? ActorSector.Civilian : ActorSector.Rebel);
            foreach (var alias in new[] { f[orig], f[origFull], f[origEng], f[newName] })
            {
                if (alias.Length > 1 && alias != "n/a")
                {
                    actor.AddAlias(alias);
                }
            }

            yield return actor;
        }
    }
}