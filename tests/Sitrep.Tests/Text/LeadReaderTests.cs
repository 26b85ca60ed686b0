using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class LeadReaderTests
{
    [Theory]
    [InlineData("PANDORA — A 17-year-old boy died Sunday.", "PANDORA", null)]
    [InlineData("MIAMI (CBSMiami) — A man was shot.", "MIAMI", "CBSMiami")]
    [InlineData("KABUL, Afghanistan (VOA) — The Taliban said.", "KABUL, Afghanistan", "VOA")]
    [InlineData("SPRINGFIELD, Ill. -- Police arrested two men.", "SPRINGFIELD, Ill.", null)]
    [InlineData("LONDON (Reuters) - Police arrested two men.", "LONDON", "Reuters")]
    [InlineData("ISLAMABAD/PENTAGON — Officials said.", "ISLAMABAD/PENTAGON", null)]
    [InlineData("Kabul, Afghanistan — The Taliban said.", "Kabul, Afghanistan", null)]
    [InlineData("Miami (CBSMiami) — A man was shot.", "Miami", "CBSMiami")]
    [InlineData("WINSTON-SALEM, N.C. — A man was shot.", "WINSTON-SALEM, N.C.", null)]
    [InlineData("RIO DE JANEIRO — Police raided a favela.", "RIO DE JANEIRO", null)]
    public void Reads_dateline_place_and_outlet(string text, string place, string? outlet)
    {
        var dateline = LeadReader.Default.Read(text).Dateline;

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place.Of(text).ToString());
        Assert.Equal(outlet, dateline.Outlet);
    }

    [Fact]
    public void Reads_the_date_of_a_wire_dateline_apart_from_its_place()
    {
        const string text = "WASHINGTON, March 3 (Reuters) - The Senate voted.";
        var dateline = LeadReader.Default.Read(text).Dateline!;

        Assert.Equal("WASHINGTON", dateline.Place.Of(text).ToString());
        Assert.Equal("March 3", dateline.Date!.Value.Of(text).ToString());
        Assert.Equal("Reuters", dateline.Outlet);
    }

    [Theory]
    [InlineData("Police — who arrived at 3 a.m. — found two bodies.")]
    [InlineData("A 17-year-old boy died Sunday after a shooting.")]
    [InlineData("WINSTON-SALEM police arrested a man on Tuesday.")]
    [InlineData("The mayor said the city — long a haven — would act.")]
    [InlineData("Two men were shot, police said - one died later.")]
    public void Finds_no_dateline_in_a_sentence(string text) =>
        Assert.Null(LeadReader.Default.Read(text).Dateline);

    [Theory]
    [InlineData("By Jane Doe, VOA\nKABUL, Afghanistan (VOA) — The Taliban said.", "Jane Doe", "VOA")]
    [InlineData("By JANE DOE | CBS Miami\n\nMIAMI — A man was shot.", "JANE DOE", "CBS Miami")]
    [InlineData("By Jane Doe and John de Souza\nA man was shot on Sunday.", "Jane Doe and John de Souza", null)]
    public void Reads_byline_author_and_outlet(string text, string author, string? outlet)
    {
        var byline = LeadReader.Default.Read(text).Byline;

        Assert.NotNull(byline);
        Assert.Equal(author, byline.Author);
        Assert.Equal(outlet, byline.Outlet);
    }

    [Theory]
    [InlineData("By Tuesday, police had arrested three men.\nThe suspects were held.")]
    [InlineData("By the time officers arrived, the man had fled.\nHe was found later.")]
    public void Finds_no_byline_in_a_sentence_starting_with_by(string text) =>
        Assert.Null(LeadReader.Default.Read(text).Byline);

    [Fact]
    public void Reads_a_headline_in_capitals_before_the_dateline()
    {
        const string text = "TEEN KILLED IN PANDORA PARK SHOOTING\nPANDORA — A 17-year-old boy died.";
        var lead = LeadReader.Default.Read(text);

        Assert.Equal("TEEN KILLED IN PANDORA PARK SHOOTING", lead.Headline!.Value.Of(text).ToString());
        Assert.Equal("PANDORA", lead.Dateline!.Place.Of(text).ToString());
    }

    [Theory]
    [InlineData("MAR. 14, 2013, 8: 12 PM\nPolice said two men were shot.")]
    [InlineData("11 / 30 / 09 05: 40 PM ET\nPolice said two men were shot.")]
    public void Takes_no_time_stamp_for_a_headline(string text) =>
        Assert.Null(LeadReader.Default.Read(text).Headline);

    [Fact]
    public void Reads_a_headline_with_a_number()
    {
        const string text = "2 DEAD IN I-95 CRASH\nTwo people died.";

        Assert.Equal("2 DEAD IN I-95 CRASH", LeadReader.Default.Read(text).Headline!.Value.Of(text).ToString());
    }

    [Fact]
    public void Takes_no_sentence_case_line_for_a_headline()
    {
        var lead = LeadReader.Default.Read("Police said two men were shot.\nBoth died.");

        Assert.True(lead.IsEmpty);
    }
}