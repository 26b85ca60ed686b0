using System.Diagnostics;
using Sitrep;
using Sitrep.ActorDictionaryBuilder;
using Sitrep.Actors;

// Rebuilds data/actors/actors.tsv.gz from ../shared/data/actors, iso-codes and data/actors/supplement.csv.
// Usage: dotnet run --project tools/Sitrep.ActorDictionaryBuilder -- SHARED_ACTORS_DIR ISO_3166_1_JSON SUPPLEMENT OUT
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: Sitrep.ActorDictionaryBuilder SHARED_ACTORS_DIR ISO_3166_1_JSON SUPPLEMENT_CSV OUT_TSV_GZ");
    return 2;
}

var (shared, isoJson, supplementPath, output) = (args[0], args[1], args[2], args[3]);
var clock = Stopwatch.StartNew();
var diagnostics = new List<Diagnostic>();
var supplement = SupplementRow.Read(supplementPath, diagnostics);

var byAlpha3 = CountrySources.ReadIso(isoJson);
var byAlpha2 = byAlpha3.Values.ToDictionary(c => c.Code, StringComparer.Ordinal);
foreach (var row in supplement.Where(r => r.Kind == "country" && byAlpha2.ContainsKey(r.Id)))
{
    byAlpha2[row.Id].Name = row.Name;
    byAlpha2[row.Id].AddName(row.Name);
    row.Aliases.ToList().ForEach(byAlpha2[row.Id].AddName);
}

List<PetrarchActorRecord> ReadPetrarch(string file)
{
    using var reader = new StreamReader(Path.Combine(shared, file));
    return PetrarchActorReader.Read(reader, file, diagnostics);
}

var actors = new List<BuiltActor>();
foreach (var row in supplement.Where(r => r.Kind == "actor"))
{
    var actor = new BuiltActor("SUP:" + row.Id, row.Name, row.Country, row.Sector);
    row.Aliases.ToList().ForEach(actor.AddAlias);
    actor.Roles.AddRange(row.Roles);
    actors.Add(actor);
}

foreach (var record in ReadPetrarch("Phoenix.Countries.actors.txt"))
{
    if (!CountrySources.TryAddPhrases(record, byAlpha3, byAlpha2) && ActorSources.FromPetrarch("PHX", record, byAlpha3, 8) is { } actor)
    {
        actors.Add(actor);
    }
}

foreach (var (file, prefix) in new[] { ("Phoenix.International.actors.txt", "PHXI"), ("Phoenix.MilNonState.actors.txt", "PHXM") })
{
    actors.AddRange(ReadPetrarch(file).Select(r => ActorSources.FromPetrarch(prefix, r, byAlpha3, 8)).OfType<BuiltActor>());
}

// actors_COL.txt holds many long, noisy phrases; names of up to five words are kept.
actors.AddRange(ReadPetrarch("actors_COL.txt").Select(r => ActorSources.FromPetrarch("COL", r, byAlpha3, 5)).OfType<BuiltActor>());

var countryByName = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var c in byAlpha2.Values)
{
    foreach (var n in c.Names.Prepend(c.Name))
    {
        countryByName.TryAdd(ActorKey.Fold(n), c.Code);
    }
}

actors.AddRange(ActorSources.FromUcdp(Path.Combine(shared, "ucdp-actor-221.csv"), n => countryByName.GetValueOrDefault(ActorKey.Fold(n))));

foreach (var country in byAlpha2.Values)
{
    var curated = supplement.Where(r => r.Kind == "demonym" && r.Id == country.Code).SelectMany(r => r.Aliases.Prepend(r.Name)).ToList();
    CountrySources.Finish(country, curated);
}

// Agents: curated rows override PLOVER's, which override Phoenix's.
var agents = new Dictionary<string, (ActorSector Sector, bool Plural)>(StringComparer.Ordinal);
foreach (var row in supplement.Where(r => r.Kind == "agent"))
{
    agents[ActorKey.Fold(row.Name)] = (row.Sector, false);
    foreach (var plural in row.Aliases)
    {
        agents[ActorKey.Fold(plural)] = (row.Sector, true);
    }
}

foreach (var file in new[] { "PLOVER_agents.txt", "Phoenix.agents.txt" })
{
    using var reader = new StreamReader(Path.Combine(shared, file));
    foreach (var agent in PetrarchAgentReader.Read(reader))
    {
        var sector = CameoCode.SectorOf(agent.Code, bareCountryIsGovernment: false);
        var key = ActorKey.Fold(agent.Phrase);
        if (sector != ActorSector.Unknown && key.Length > 1)
        {
            agents.TryAdd(key, (sector, agent.Plural));
        }
    }
}

DictionaryWriter.Write(output, byAlpha2.Values.OrderBy(c => c.Code, StringComparer.Ordinal), actors,
    agents.Select(p => (p.Key, p.Value.Sector, p.Value.Plural)));
foreach (var d in diagnostics.Take(20))
{
    await Console.Error.WriteLineAsync(d.ToString());
}

Console.WriteLine($"{byAlpha2.Count} countries, {actors.Count} actors, {agents.Count} agent forms, {diagnostics.Count} diagnostics, {clock.Elapsed.TotalSeconds:F1} s -> {output}");
return 0;