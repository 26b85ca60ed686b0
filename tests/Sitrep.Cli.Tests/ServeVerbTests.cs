using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class ServeVerbTests(DemoStoreForVerbs demo) : IClassFixture<DemoStoreForVerbs>
{
    [Fact]
    public async Task Serve_answers_on_loopback_until_stopped()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = demo.Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "serve", "--db", demo.Db, "--urls", url })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
            string? health = null;
            for (var attempt = 0; attempt < 120 && health is null && !process.HasExited; attempt++)
            {
                try
                {
                    health = await http.GetStringAsync("/healthz");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(250);
                }
            }

            Assert.True(health is not null, "no answer: " + (process.HasExited ? await process.StandardError.ReadToEndAsync() : "still starting"));
            using var doc = JsonDocument.Parse(health);
            Assert.Equal(2, doc.RootElement.GetProperty("articles").GetInt32());
            var index = await http.GetStringAsync("/");
            Assert.Contains("<script type=\"module\" src=\"/app.js\">", index, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_missing_store_is_named_and_nothing_is_served()
    {
        var result = await SitrepProcess.RunAsync(demo.Folder, "serve", "--db", "missing.db");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing.db", result.Stderr, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}