using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>
/// Issue 23, end to end: an ingest whose URLs redirect to file:, to the metadata address and to a decimal loopback
/// address names each refusal, stores the good inputs around them, keeps what the store held, and never sends the
/// inward request. The test server listens on 127.0.0.1 only, reached through --allow-loopback.
/// </summary>
public sealed class HostileIngestVerbTests
{
    private const string Story = "<html><head><title>Strike hits camp</title></head><body><article><p>An air strike hit a training camp near the border on Tuesday, killing 12 people, officials said. The army denied any role in the strike and said it would open an investigation into the reports.</p></article></body></html>";

    [Fact]
    public async Task Inward_redirects_fail_alone_and_nothing_stored_is_lost()
    {
        using var temp = new TempFolder();
        var db = temp.File("s.db");
        File.WriteAllText(temp.File("before.txt"), "date 2026-03-07\nTroops arrived in the capital on Friday, officials said.");
        var first = await SitrepProcess.RunAsync(temp.Path, "ingest", "--db", db, temp.File("before.txt"));
        Assert.True(first.ExitCode == 0, first.ToString());

        var port = FreePort();
        var seen = new ConcurrentQueue<string>();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                var path = context.Request.Url!.AbsolutePath;
                seen.Enqueue(path);
                var redirect = path switch
                {
                    "/passwd" => "file:///etc/passwd",
                    "/meta" => "http://169.254.169.254/latest/meta-data/",
                    "/decimal" => $"http://2130706433:{port}/secret",
                    _ => null,
                };
                if (redirect is not null)
                {
                    context.Response.StatusCode = 302;
                    context.Response.RedirectLocation = redirect;
                    context.Response.Close();
                    continue;
                }

                var body = Encoding.UTF8.GetBytes(path == "/story" ? Story : "secret");
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Close(body, willBlock: false);
            }
        });

        File.WriteAllText(temp.File("after.txt"), "date 2026-03-08\nPolice arrested four men in the port city on Saturday, a spokesman said.");
        var url = $"http://127.0.0.1:{port}";
        var run = await SitrepProcess.RunAsync(
            temp.Path, "ingest", "--db", db, "--json", "--allow-loopback", $"{url}/passwd", $"{url}/meta", $"{url}/decimal", temp.File("after.txt"), $"{url}/story");
        listener.Stop();
        await serving;

        Assert.True(run.ExitCode == 1, run.ToString());
        // Standard error is wrapped to the console's width: compare without white space.
        var errors = Compact(run.Stderr);
        Assert.Contains(Compact("redirect to file:///etc/passwd not followed"), errors, StringComparison.Ordinal);
        Assert.Contains(Compact("169.254.169.254 is the cloud metadata address"), errors, StringComparison.Ordinal);
        Assert.Contains(Compact("2130706433 is a non-canonical form of 127.0.0.1"), errors, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(run.Stdout))
        {
            Assert.Equal(3, json.RootElement.GetProperty("failed").GetInt32());
            Assert.Equal(2, json.RootElement.GetProperty("new").GetInt32());
        }

        Assert.DoesNotContain("/secret", seen);
        var listed = await SitrepProcess.RunAsync(temp.Path, "articles", "--db", db, "--json");
        using var articles = JsonDocument.Parse(listed.Stdout);
        Assert.Equal(3, articles.RootElement.GetArrayLength()); // before.txt, after.txt, the story
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}