using Intake.Core.Documents;

namespace Intake.Core.Tests;

public sealed class ExtractionStatusTests
{
    [Theory]
    [InlineData(ExtractionStatus.Partial, new[] { ExtractionStatus.Pending })]
    [InlineData(ExtractionStatus.Extracted, new[] { ExtractionStatus.Pending, ExtractionStatus.Partial })]
    [InlineData(ExtractionStatus.Indexed, new[] { ExtractionStatus.Pending, ExtractionStatus.Partial, ExtractionStatus.Extracted })]
    [InlineData(ExtractionStatus.Failed, new[] { ExtractionStatus.Pending, ExtractionStatus.Partial, ExtractionStatus.Extracted })]
    [InlineData(ExtractionStatus.Pending, new string[0])]
    public void A_document_moves_only_forward_and_fails_only_while_unfinished(string to, string[] from) =>
        Assert.Equal(from, ExtractionStatus.Before(to));
}
