namespace Sitrep.Cli.Tests;

/// <summary>One 'sitrep demo' store shared by the export and serve verb tests (read-only verbs).</summary>
public sealed class DemoStoreForVerbs : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();

    public string Folder => temp.Path;

    public string Db => Path.Combine(temp.Path, "demo", "sitrep.db");

    public async Task InitializeAsync()
    {
        var result = await SitrepProcess.RunAsync(temp.Path, "demo");
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => temp.Dispose();
}