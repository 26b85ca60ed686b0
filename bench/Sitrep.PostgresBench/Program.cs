using System.Diagnostics;
using System.Globalization;

using Npgsql;

using Sitrep.Postgres;
using Sitrep.PostgresBench;

// dotnet run -c Release --project bench/Sitrep.PostgresBench -- generate --db CONNECTION --events N [--seed S]
// Migrates the database, then bulk-loads N synthetic stored events (SyntheticEvents.cs says how they are drawn).
if (args.Length < 5 || args[0] != "generate" || args[1] != "--db" || args[3] != "--events")
{
    Console.Error.WriteLine("usage: Sitrep.PostgresBench generate --db CONNECTION --events N [--seed S]");
    return 2;
}

var location = PostgresLocation.Parse(args[2]);
var count = int.Parse(args[4], CultureInfo.InvariantCulture);
var seed = args.Length >= 7 && args[5] == "--seed" ? int.Parse(args[6], CultureInfo.InvariantCulture) : 7;
await (await PostgresArticleStore.OpenAsync(location, TimeProvider.System, default)).DisposeAsync();
await using var dataSource = NpgsqlDataSource.Create(location.ConnectionString);
var clock = Stopwatch.StartNew();
await SyntheticEventLoader.LoadAsync(dataSource, count, seed, loaded => Console.Error.Write($"\r{loaded:N0} events loaded, {clock.Elapsed.TotalSeconds:0} s"));
Console.Error.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {count} synthetic events in {clock.Elapsed.TotalSeconds:0.0} s into {location.Display}"));
return 0;