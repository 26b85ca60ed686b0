namespace Sitrep.Cli.Tests;

public sealed class TrainVerbTests
{
    [Fact]
    public async Task Train_ner_writes_a_model_and_reports_what_it_trained_on()
    {
        using var temp = new TempFolder();
        var data = Path.Combine(temp.Path, "data", "ner", "wikigold", "CONLL-format", "data");
        Directory.CreateDirectory(data);
        var sentences = new[]
        {
            "John I-PER\nSmith I-PER\nvisited O\nParis I-LOC\n. O",
            "The O\nUnited I-ORG\nNations I-ORG\nmet O\nin O\nGeneva I-LOC\n. O",
            "Maria I-PER\nLopez I-PER\nleft O\nQuito I-LOC\n. O",
        };
        File.WriteAllText(Path.Combine(data, "wikigold.conll.txt"), "-DOCSTART- O\n\n" + string.Join("\n\n", Enumerable.Repeat(sentences, 20).SelectMany(s => s)) + "\n");
        var model = temp.File("model.bin");

        var result = await SitrepProcess.RunAsync(temp.Path, "train", "ner", "--data", Path.Combine(temp.Path, "data"), "-o", model, "--iterations", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(new FileInfo(model).Length > 0);
        Assert.Contains("trained on 60 sentences", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_ner_without_data_is_an_error_naming_the_folder()
    {
        using var temp = new TempFolder();
        var result = await SitrepProcess.RunAsync(temp.Path, "train", "ner", "--data", temp.File("nowhere"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nowhere", result.Stderr, StringComparison.Ordinal);
    }
}