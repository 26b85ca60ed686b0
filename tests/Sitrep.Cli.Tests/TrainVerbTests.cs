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

    [Fact]
    public async Task Train_ner_with_annotations_trains_on_them_and_scores_their_held_out_stories_beside_a_compared_model()
    {
        using var temp = new TempFolder();
        var data = Path.Combine(temp.Path, "data", "ner", "wikigold", "CONLL-format", "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "wikigold.conll.txt"), "-DOCSTART- O\n\n" + string.Join("\n\n", Enumerable.Repeat("John I-PER\nSmith I-PER\nvisited O\nParis I-LOC\n. O", 20)) + "\n");
        var voa = Path.Combine(temp.Path, "annotated", "voa");
        Directory.CreateDirectory(voa);
        for (var story = 0; story < 20; story++)
        {
            File.WriteAllText(Path.Combine(voa, $"voa-{story}.jsonl"),
                $$"""{"article":"voa-{{story}}","sentence":0,"start":0,"end":28,"text":"Ahmad Shah left Kabul today.","entities":[{"start":0,"end":10,"type":"PER","text":"Ahmad Shah"},{"start":16,"end":21,"type":"LOC","text":"Kabul"}]}""" + "\n");
        }

        var first = temp.File("first.bin");
        var second = temp.File("second.bin");
        var annotations = Path.Combine(temp.Path, "annotated");

        var one = await SitrepProcess.RunAsync(temp.Path, "train", "ner", "--data", Path.Combine(temp.Path, "data"), "-o", first, "--iterations", "2", "--annotations", annotations);
        var two = await SitrepProcess.RunAsync(
            temp.Path, "train", "ner", "--data", Path.Combine(temp.Path, "data"), "-o", second, "--iterations", "2", "--annotations", annotations, "--compare", first);

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        // 20 wikigold sentences and the annotated stories that are not held out.
        var trained = int.Parse(System.Text.RegularExpressions.Regex.Match(one.Stdout, @"trained on (\d+) sentences").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(trained, 21, 39);
        Assert.Contains("| voa | new |", two.Stdout, StringComparison.Ordinal);
        Assert.Contains($"| voa | {first} |", two.Stdout, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public async Task Train_ner_with_a_missing_annotation_folder_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "data", "ner"));
        var result = await SitrepProcess.RunAsync(temp.Path, "train", "ner", "--data", Path.Combine(temp.Path, "data"), "--annotations", temp.File("no-annotations"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-annotations", result.Stderr, StringComparison.Ordinal);
    }
}