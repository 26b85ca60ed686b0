using Sitrep.Documents;
using Xunit.Abstractions;

namespace Sitrep.Tests.Events;

[Collection(EventTestGroup.Name)]
public sealed class ScratchTests(EventPipelineFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("Human rights advocates say at least some of the eight ethnic minority Uyghurs who remain in Thailand’s custody since authorities deported 40 others to China last month are at risk of the same fate.")]
    [InlineData("Thailand abruptly turned 40 of them over to China on Feb. 27, drawing condemnation.")]
    [InlineData("Nine press freedom and rights groups this week called for Zamora’s immediate release.")]
    public void Scratch(string text)
    {
        var d = fixture.Analyze(text, new DateOnly(2025, 3, 12));
        output.WriteLine(string.Join(", ", d.Get<EntityLayer>().Entities.Select(e => $"{e.Span.Of(d.Text)}:{e.Type}")));
        foreach (var m in d.Get<EventLayer>().Mentions)
        {
            output.WriteLine($"{m.Type} '{m.Trigger.Of(d.Text)}' A=[{string.Join("|", m.Actors.Select(a => a.Name))}] R=[{string.Join("|", m.Recipients.Select(a => a.Name))}] D={m.Date} P={m.Place?.Name}");
        }
    }
}
