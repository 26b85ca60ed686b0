using System.Net;
using Sitrep.Ingest;
using Sitrep.Tests.Ingest;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Issue 23: the fetcher cannot be turned inward. Every test server is on loopback; the addresses that must be refused
/// (169.254.169.254, 127.0.0.1, 2130706433) are refused by the policy before any connection is made, which the test
/// server's request log shows (it never sees the internal path).
/// </summary>
public sealed class FetchPolicyTests
{
    private const string Story = "<html><head><title>Strike hits camp</title></head><body><article><p>An air strike hit a training camp near the border on Tuesday, killing 12 people, officials said. The army denied any role in the strike and said it would open an investigation into the reports.</p></article></body></html>";

    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.1.2.3", "a loopback address")]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.0.10", "a private address")]
    [InlineData("169.254.169.254", "the cloud metadata address")]
    [InlineData("169.254.1.1", "a link-local address")]
    [InlineData("100.100.100.200", "a shared (carrier-grade NAT) address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("255.255.255.255", "a reserved address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("::", "an unspecified or IPv4-compatible IPv6 address")]
    [InlineData("::127.0.0.1", "an unspecified or IPv4-compatible IPv6 address")]
    [InlineData("::ffff:127.0.0.1", "an IPv4-mapped IPv6 address")]
    [InlineData("::ffff:169.254.169.254", "an IPv4-mapped IPv6 address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fd00:ec2::254", "a private address")]
    [InlineData("64:ff9b::a9fe:a9fe", "a NAT64 address (it carries an IPv4 address)")]
    [InlineData("2002:a9fe:a9fe::1", "a 6to4 address (it carries an IPv4 address)")]
    public void Refuses_addresses_inside_the_machine_or_its_network(string address, string reason) =>
        Assert.Equal(reason, AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::6810:84e5")]
    public void Allows_public_addresses(string address) => Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));

    [Fact]
    public void The_test_server_flag_allows_loopback_and_nothing_else()
    {
        Assert.Null(AddressPolicy.Refusal(IPAddress.Loopback, allowLoopback: true));
        Assert.Null(AddressPolicy.Refusal(IPAddress.IPv6Loopback, allowLoopback: true));
        Assert.NotNull(AddressPolicy.Refusal(IPAddress.Parse("169.254.169.254"), allowLoopback: true));
        Assert.NotNull(AddressPolicy.Refusal(IPAddress.Parse("10.0.0.1"), allowLoopback: true));
    }

    [Theory]
    [InlineData("http://2130706433/", "host 2130706433 is a non-canonical form of 127.0.0.1")]
    [InlineData("http://0177.0.0.1/", "host 0177.0.0.1 is a non-canonical form of 127.0.0.1")]
    [InlineData("http://0x7f.0.0.1/", "host 0x7f.0.0.1 is a non-canonical form of 127.0.0.1")]
    [InlineData("http://127.1/", "host 127.1 is a non-canonical form of 127.0.0.1")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "host 169.254.169.254 is the cloud metadata address")]
    [InlineData("http://[::ffff:7f00:1]/", "host [::ffff:127.0.0.1] is an IPv4-mapped IPv6 address")]
    [InlineData("file:///etc/passwd", "scheme file: is not fetched (http or https only)")]
    [InlineData("gopher://example.org/", "scheme gopher: is not fetched (http or https only)")]
    public void Refuses_urls_before_sending(string url, string reason) =>
        Assert.Equal(reason, UrlPolicy.Refusal(url, allowLoopback: true));

    [Theory]
    [InlineData("http://127.0.0.1:{0}/internal", "refused: host 127.0.0.1 is a loopback address")]
    [InlineData("http://2130706433:{0}/internal", "refused: host 2130706433 is a non-canonical form of 127.0.0.1")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "refused: host 169.254.169.254 is the cloud metadata address")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/internal", "refused: host [::ffff:127.0.0.1] is an IPv4-mapped IPv6 address")]
    [InlineData("http://localhost:{0}/internal", "refused: localhost resolves to")]
    public async Task A_redirect_inward_is_refused_and_never_sent(string target, string reason)
    {
        await using var server = new RawLoopbackServer();
        var location = string.Format(System.Globalization.CultureInfo.InvariantCulture, target, server.Port);
        server.Redirect("/story", location);
        server.Page("/internal", "<html><body><p>internal secret</p></body></html>");
        var outcomes = await ReadThroughNamedServerAsync(server, "/story");
        var failure = Assert.Single(outcomes.Failures());
        Assert.Contains(reason, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/internal", server.Paths);
    }

    [Fact]
    public async Task A_redirect_to_a_file_fails_that_url_alone()
    {
        await using var server = new RawLoopbackServer();
        server.Redirect("/passwd", "file:///etc/passwd");
        server.Redirect("/weird", "http://[not a host/");
        server.Page("/story", Story);
        var first = await ReadThroughNamedServerAsync(server, "/passwd");
        Assert.Contains("not followed", Assert.Single(first.Failures()).Message, StringComparison.Ordinal);
        var weird = await ReadThroughNamedServerAsync(server, "/weird");
        Assert.True(weird.Count == 1 && weird[0] is ReadFailed, string.Join("; ", weird.Select(o => o.ToString())));
        Assert.Equal("Strike hits camp", Assert.Single((await ReadThroughNamedServerAsync(server, "/story")).Articles()).Title);
    }

    [Fact]
    public async Task A_url_naming_the_metadata_address_is_refused_without_a_connection()
    {
        using var client = InputReader.CreateHttpClient();
        var outcomes = new List<ReadOutcome>();
        await foreach (var outcome in new InputReader(client).ReadAsync("http://169.254.169.254/latest/meta-data/", default))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal("refused: host 169.254.169.254 is the cloud metadata address", Assert.Single(outcomes.Failures()).Message);
    }

    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_at_connect_time()
    {
        await using var server = new RawLoopbackServer();
        server.Page("/story", Story);
        using var client = InputReader.CreateHttpClient();
        var outcomes = new List<ReadOutcome>();
        await foreach (var outcome in new InputReader(client).ReadAsync($"http://localhost:{server.Port}/story", default))
        {
            outcomes.Add(outcome);
        }

        Assert.StartsWith("refused: localhost resolves to", Assert.Single(outcomes.Failures()).Message, StringComparison.Ordinal);
        Assert.Empty(server.Paths);
    }

    [Fact]
    public async Task A_host_past_its_deadline_is_not_fetched_again()
    {
        await using var server = new RawLoopbackServer();
        server.Page("/story", Story);
        var options = new InputReaderOptions { PerHostFetchDeadline = TimeSpan.Zero };
        var outcomes = await ReadThroughNamedServerAsync(server, "/story", options);
        Assert.Equal("news.test has used its 0 s for this run; not fetched", Assert.Single(outcomes.Failures()).Message);
        Assert.Empty(server.Paths);
    }

    // Reads http://news.test:PORT/path, the name reaching the loopback test server through the test's connect
    // callback; every other host goes through the real policy with loopback refused.
    private static async Task<List<ReadOutcome>> ReadThroughNamedServerAsync(RawLoopbackServer server, string path, InputReaderOptions? options = null)
    {
        var guarded = new GuardedConnector(allowLoopback: false);
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, ConnectCallback = server.ConnectAs("news.test", guarded.ConnectAsync) };
        using var client = new HttpClient(handler);
        var reader = new InputReader(client, options ?? new InputReaderOptions());
        var outcomes = new List<ReadOutcome>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var outcome in reader.ReadAsync($"http://news.test:{server.Port}{path}", cts.Token))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }
}