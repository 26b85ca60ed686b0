using Microsoft.AspNetCore.Builder;

namespace Sitrep.Server.Tests;

/// <summary>
/// The demo store (the bundled samples through the real pipeline) and a hostile store (an article full of markup),
/// each served by a real Kestrel server on a free loopback port; shared by the API and browser tests.
/// </summary>
public sealed class DemoStoreFixture : IAsyncLifetime
{
    internal const string HostileText =
        "date 2026-03-08 Rebels <script>window.__pwned = 'script';</script> attacked a police station in Quito on Sunday " +
        "<img src=x onerror=\"window.__pwned = 'img'\">, killing three officers, the interior ministry said.\n\n" +
        "A second paragraph names <b onmouseover=\"window.__pwned='b'\">Comandos de la Frontera</b> and \"javascript:alert(1)\".\n";

    private TestStore? demo;
    private TestStore? hostile;
    private string? hostileInput;

    public string DemoDb => demo!.DbPath;

    public WebApplication DemoServer { get; private set; } = null!;

    public WebApplication HostileServer { get; private set; } = null!;

    public Uri DemoUrl => Address(DemoServer);

    public Uri HostileUrl => Address(HostileServer);

    public async Task InitializeAsync()
    {
        demo = await TestStore.CreateAsync([RepoPaths.Samples]);
        hostileInput = Directory.CreateTempSubdirectory("sitrep-hostile-").FullName;
        await File.WriteAllTextAsync(Path.Combine(hostileInput, "hostile.txt"), HostileText);
        hostile = await TestStore.CreateAsync([hostileInput]);
        DemoServer = await StartAsync(demo.DbPath);
        HostileServer = await StartAsync(hostile.DbPath);
    }

    public async Task DisposeAsync()
    {
        await DemoServer.DisposeAsync();
        await HostileServer.DisposeAsync();
        demo?.Dispose();
        hostile?.Dispose();
        if (hostileInput is not null)
        {
            Directory.Delete(hostileInput, recursive: true);
        }
    }

    private static async Task<WebApplication> StartAsync(string db)
    {
        // One server for every browser test: many simulated users from one loopback address within a minute, more than
        // one analyst's budget. The limits themselves are tested with their own small budgets (ApiTests, HostileRequestTests).
        var app = await SitrepServer.BuildAsync(new ServerOptions { DatabasePath = db, Urls = ["http://127.0.0.1:0"], Pipeline = TestStore.Pipeline.Value, PermitsPerMinute = 100_000 });
        await app.StartAsync();
        return app;
    }

    private static Uri Address(WebApplication app) => new(app.Urls.First());
}

[CollectionDefinition(Name)]
public sealed class DemoStoreGroup : ICollectionFixture<DemoStoreFixture>
{
    public const string Name = "demo store";
}