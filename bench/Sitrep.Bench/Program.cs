using System.Globalization;
using BenchmarkDotNet.Running;
using Sitrep.Bench;

if (args.Length > 0 && args[0] == "profile-text")
{
    TextProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7, args.Skip(2).ToList());
    return;
}

if (args.Length > 0 && args[0] == "profile-events")
{
    EventSizeProfile.Run(args.Length > 1 ? [.. args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [50, 200, 1000, 5000]);
    return;
}

if (args.Length > 0 && args[0] == "profile-size")
{
    SizeProfile.Run(args.Length > 1 ? [.. args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [50, 200, 800]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);