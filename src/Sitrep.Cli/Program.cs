using Sitrep.Cli;

return await SitrepApp.RunAsync(args, CliConsole.CreateDefault()).ConfigureAwait(false);