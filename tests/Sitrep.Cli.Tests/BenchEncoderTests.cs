using System.Text.Json;

namespace Sitrep.Cli.Tests;

public sealed class BenchEncoderTests
{
    [Fact]
    public async Task Bench_reports_the_encoder_stage_with_its_share_and_speed()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "bench", SitrepProcess.SharedCorpus("dev"), "--repeat", "1", "--threads", "1", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("encoder", root.GetProperty("stages").EnumerateObject().Last().Name);
        var encoder = root.GetProperty("encoder");
        var sentences = encoder.GetProperty("sentences").GetInt64();
        var encoded = encoder.GetProperty("encoded_sentences").GetInt64();

        // The default encodes the event evidence only: some sentences of the two stories, not all.
        Assert.InRange(encoded, 1, sentences - 1);
        Assert.Equal(Math.Round(encoded / (double)sentences, 4), encoder.GetProperty("encoded_share").GetDouble());
        Assert.True(encoder.GetProperty("word_pieces").GetInt64() >= encoder.GetProperty("encoded_words").GetInt64() / 2);
        Assert.True(encoder.GetProperty("sentences_per_second").GetDouble() > 0);
        Assert.True(encoder.GetProperty("word_pieces_per_second").GetDouble() > 0);
    }

    [Fact]
    public async Task Bench_without_the_encoder_has_no_encoder_stage()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "bench", SitrepProcess.SharedCorpus("dev"), "--repeat", "1", "--threads", "1", "--encode", "none", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.DoesNotContain("encoder", json.RootElement.GetProperty("stages").EnumerateObject().Select(p => p.Name));
        Assert.False(json.RootElement.TryGetProperty("encoder", out _));
    }

    [Fact]
    public async Task An_unknown_selection_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "bench", SitrepProcess.SharedCorpus("dev"), "--encode", "some");

        Assert.Equal(2, result.ExitCode);
        // The message names what was given and what is accepted.
        Assert.Contains("'some'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("'events'", result.Stderr, StringComparison.Ordinal);
    }
}