using Intake.Bench.Accuracy.Scoring;

namespace Intake.Bench.Tests;

public sealed class NameSimilarityTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("flaw", "lawn", 2)]
    public void Distance_counts_insertions_deletions_and_substitutions(string a, string b, int distance) =>
        Assert.Equal(distance, NameSimilarity.Distance(a, b));

    [Fact]
    public void Similarity_ignores_case_and_whitespace_runs() =>
        Assert.Equal(1.0, NameSimilarity.Of("Lieferant  GmbH", "LIEFERANT GMBH"));

    [Fact]
    public void Similarity_is_one_less_the_distance_over_the_longer_length() =>
        Assert.Equal(0.9, NameSimilarity.Of("INDAH GIFT", "INDAH GIFX"), 6);

    [Theory]
    [InlineData("MR D.I.Y. (JOHOR) SDN BHD", "MR D.I.Y. (JOHOR) SDN BHD.", true)]
    [InlineData("MR D.I.Y. (JOHOR) SDN BHD", "MR D.I.Y (JOHOR) SDN BHD", true)]
    [InlineData("MR D.I.Y. (JOHOR) SDN BHD", "SANYU STATIONERY SHOP", false)]
    [InlineData("BOOK TA .K (TAMAN DAYA) SDN BHD", "", false)]
    public void Names_are_similar_at_eight_tenths(string expected, string actual, bool similar) =>
        Assert.Equal(similar, NameSimilarity.Similar(expected, actual));

    [Theory]
    [InlineData("MVM Musterhafter Versicherungsverein Musterstadt a.G.", "MVM Musterhafter Versicherungsverein", true)]
    [InlineData("Physiotherapeutin", "Physiotherapeutin Maria Muster", true)]
    [InlineData("Lieferant GmbH", "GmbH", false)]
    [InlineData("Lieferant GmbH", "Lieferanten GmbH Nord und Süd", false)]
    [InlineData("Lieferant GmbH", "", false)]
    public void A_vendor_name_contained_in_the_other_on_word_boundaries_counts_when_not_a_mere_fragment(string expected, string actual, bool counts) =>
        Assert.Equal(counts, NameSimilarity.SimilarOrContained(expected, actual));
}
