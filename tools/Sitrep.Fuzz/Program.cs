using SharpFuzz;
using Sitrep.Fuzz;

// sitrep-fuzz TARGET             one afl-fuzz target (run.sh starts it under afl-fuzz)
// sitrep-fuzz TARGET FILE...     replays inputs outside afl: any exception is printed and the exit code is 1
// sitrep-fuzz --list             the target names
if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: Sitrep.Fuzz TARGET [FILE|FOLDER ...] | --list");
    return 2;
}

if (args[0] == "--list")
{
    foreach (var name in FuzzTargets.Names)
    {
        Console.WriteLine(name);
    }

    return 0;
}

if (!FuzzTargets.TryGet(args[0], out var target))
{
    Console.Error.WriteLine($"unknown target '{args[0]}'; targets: {string.Join(", ", FuzzTargets.Names)}");
    return 2;
}

if (args.Length == 1)
{
    // Out of process: a stack overflow or a crash of the runtime is reported to afl as a crash instead of ending
    // the campaign.
    Fuzzer.OutOfProcess.Run(stream => target(FuzzInput.ReadAll(stream)));
    return 0;
}

return Replay.Run(args[0], target, args[1..]);