using Sitrep.Text;
using Sitrep.Text.Ner;

namespace Sitrep.Pipeline;

/// <summary>The analysis pipeline Sitrep runs by default, with its bundled resources loaded once.</summary>
public static class StandardPipeline
{
    /// <summary>
    /// Every stage that exists, in the flow's order: tokens → sentences → entities → times → quantities.
    /// A missing NER model (a source checkout without <c>data/ner/model.bin</c>) leaves the entity layer out rather than failing.
    /// </summary>
    public static AnalysisPipeline Create() =>
        new AnalysisPipelineBuilder()
            .AddTextCore(NerModel.LoadDefault())
            .AddTimeAndQuantities()
            .Build();
}
