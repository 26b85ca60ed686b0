using Sitrep.Text.Ner;

namespace Sitrep.Tests.Text;

public sealed class NerStructuredTrainingTests
{
    private static readonly string[] Names = ["Alvarez", "Brandt", "Chen", "Duarte", "Eriksen", "Fofana"];
    private static readonly string[] Groups = ["Shell", "Nestle", "Airbus", "Siemens", "Unilever", "Danone"];

    // Multi-word organisations and people: the model must learn where a name ends, which the transition features carry.
    private static List<NerSentence> ToyCorpus()
    {
        var sentences = new List<NerSentence>();
        foreach (var name in Names)
        {
            foreach (var group in Groups)
            {
                sentences.Add(new NerSentence("toy", ["Anna", name, "joined", group, "Holdings", "Group", "."], ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O"]));
                sentences.Add(new NerSentence("toy", [group, "Holdings", "hired", "Anna", name, "."], ["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"]));
            }
        }

        return sentences;
    }

    [Fact]
    public void A_structured_perceptron_learns_multi_word_names()
    {
        var model = NerTrainer.Train(ToyCorpus(), new NerTrainingOptions { Iterations = 5, Viterbi = true }, CancellationToken.None);
        var test = new NerSentence("toy", ["Anna", "Zamora", "joined", "Basf", "Holdings", "Group", "."], ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);

        var micro = NerTrainer.Evaluate(model, [test]).Single(s => s.Corpus == "toy" && s.Label == "micro");

        Assert.True(model.UsesViterbi);
        Assert.Equal(1.0, micro.F1);
    }

    [Fact]
    public void The_same_seed_gives_the_same_weights()
    {
        var first = NerTrainer.TrainPerceptron(ToyCorpus(), 3, null, CancellationToken.None, null, viterbi: true, seed: 4).Average(0);
        var second = NerTrainer.TrainPerceptron(ToyCorpus(), 3, null, CancellationToken.None, null, viterbi: true, seed: 4).Average(0);
        Assert.Equal(first.Keys, second.Keys);
        Assert.Equal(first.Weights, second.Weights);
    }

    [Fact]
    public void A_saved_viterbi_model_loads_as_one_and_a_greedy_one_as_greedy()
    {
        var (keys, weights) = NerTrainer.TrainPerceptron(ToyCorpus(), 2, null, CancellationToken.None, null, viterbi: true).Average(0);
        foreach (var viterbi in new[] { true, false })
        {
            var path = Path.Combine(Path.GetTempPath(), $"sitrep-ner-viterbi-{Guid.NewGuid():N}.bin");
            try
            {
                NerModel.Save(path, keys, FeatureTable.Quantise(weights), [], false, null, viterbi);
                Assert.Equal(viterbi, NerModel.Load(path).UsesViterbi);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public void Name_scores_count_a_gpe_tagged_loc_as_a_correct_place_but_the_typed_table_does_not()
    {
        // A model that learned "Sahel" as GPE, scored on gold that calls it LOC.
        var training = Enumerable.Range(0, 30).Select(_ => new NerSentence("toy", ["Rain", "fell", "in", "Sahel", "."], ["O", "O", "O", "B-GPE", "O"])).ToList();
        var model = NerTrainer.Train(training, new NerTrainingOptions { Iterations = 3 }, CancellationToken.None);
        var gold = new PreparedSentence(new NerSentence("toy", ["Rain", "fell", "in", "Sahel", "."], ["O", "O", "O", "B-LOC", "O"]));

        var names = NerEvaluator.ScoreNames(model, [gold], [("pool", new HashSet<string> { "toy" })]);
        var typed = NerEvaluator.Score(model, [(gold, false)]);

        Assert.Equal(1.0, names.Single(s => s.Corpus == "pool" && s.Label == "place").F1);
        Assert.Equal(1.0, names.Single(s => s.Corpus == "toy" && s.Label == "micro").F1);
        Assert.Equal(0.0, typed.Single(s => s.Corpus == "toy" && s.Label == "micro").F1);
    }
}