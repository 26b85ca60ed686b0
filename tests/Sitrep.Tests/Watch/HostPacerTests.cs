using Microsoft.Extensions.Time.Testing;
using Sitrep.Ingest;

namespace Sitrep.Tests.Watch;

/// <summary>Politeness per host: request starts to one host are spaced by the interval; other hosts do not wait.</summary>
public sealed class HostPacerTests
{
    [Fact]
    public void Requests_to_one_host_are_spaced_and_other_hosts_are_not_held()
    {
        var clock = new FakeTimeProvider();
        var pacer = new HostPacer(TimeSpan.FromSeconds(2), clock);

        Assert.Equal(TimeSpan.Zero, pacer.Reserve("a.example"));
        Assert.Equal(TimeSpan.FromSeconds(2), pacer.Reserve("a.example"));
        Assert.Equal(TimeSpan.FromSeconds(4), pacer.Reserve("A.EXAMPLE")); // host names ignore case
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("b.example"));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("a.example")); // an idle host owes nothing
    }

    [Fact]
    public void No_interval_means_no_wait()
    {
        var pacer = new HostPacer(TimeSpan.Zero, new FakeTimeProvider());
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("a.example"));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("a.example"));
    }
}