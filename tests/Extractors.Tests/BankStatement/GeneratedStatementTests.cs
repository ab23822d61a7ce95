using Intake.Extractors.BankStatements;
using Intake.Extractors.Results;
using Intake.Extractors.Testing;
using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Rendering;
using Intake.Tools.Generator.Scanning;
using Intake.Tools.Generator.Statements;

namespace Intake.Extractors.Tests.BankStatement;

/// <summary>
/// Statements from the generator, read as the Processor reads them (pdftotext, or pdftoppm and
/// tesseract for scans), against the transactions they were drawn from. Only the layouts the
/// extractor is tuned on: the held-out ones are the benchmark's.
/// </summary>
public sealed class GeneratedStatementTests
{
    private static readonly BankStatementExtractor Extractor = new();

    public static TheoryData<string> TunedLayouts => new(StatementLayouts.All.Where(l => !l.HeldOut).Select(l => l.Name));

    [Theory]
    [MemberData(nameof(TunedLayouts))]
    public async Task Every_transaction_of_a_text_PDF_is_read_exactly(string layoutName)
    {
        var layout = StatementLayouts.Named(layoutName);
        var statement = StatementFactory.Create("test", layout, new Random(11), StatementPdfWriter.MaxDescriptionCharacters(layout));
        using var file = new TemporaryFile(".pdf");
        await File.WriteAllBytesAsync(file.Path, StatementPdfWriter.Render(statement, layout), TestContext.Current.CancellationToken);

        var content = await TestContent.FromFileAsync(file.Path, cancellationToken: TestContext.Current.CancellationToken);
        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.True(Extractor.Classify(content) >= 0.7);
        Assert.Equal(Expected(statement), Read(result));
        ExtractionAssert.Field(result, "openingBalance", statement.OpeningBalance);
        ExtractionAssert.Field(result, "closingBalance", statement.ClosingBalance);
        ExtractionAssert.Field(result, "balancesReconcile", true);
        ExtractionAssert.Field(result, "accountHolder", statement.AccountHolder);
        ExtractionAssert.Field(result, "currency", statement.Currency);
        ExtractionAssert.MatchesSchema(Extractor, result);
    }

    [Fact]
    public async Task A_scanned_statement_is_read_by_OCR_with_its_running_balances()
    {
        var layout = StatementLayouts.SignedAmountUs;
        var statement = Enumerable.Range(1, 100)
            .Select(seed => StatementFactory.Create("scan", layout, new Random(seed), StatementPdfWriter.MaxDescriptionCharacters(layout)))
            .First(s => s.Transactions.Count <= 10);
        using var text = new TemporaryFile(".pdf");
        using var scan = new TemporaryFile(".pdf");
        await File.WriteAllBytesAsync(text.Path, StatementPdfWriter.Render(statement, layout), TestContext.Current.CancellationToken);
        await ScannedPdfWriter.WriteAsync(text.Path, scan.Path, seed: 3, TestContext.Current.CancellationToken);

        var content = await TestContent.FromFileAsync(scan.Path, cancellationToken: TestContext.Current.CancellationToken);
        var result = Extractor.Extract(content, new ExtractionContext());

        Assert.Equal(Content.TextSource.Ocr, content.Pages[0].Source);
        var values = Read(result).Select(r => (r.Date, r.Amount, r.Balance)).ToList();
        var expected = Expected(statement).Select(r => (r.Date, r.Amount, r.Balance)).ToList();
        Assert.True(expected.Count(values.Contains) >= 0.9 * expected.Count, $"read {values.Count} rows, {expected.Count(values.Contains)} of {expected.Count} right");
        ExtractionAssert.Field(result, "closingBalance", statement.ClosingBalance);
        ExtractionAssert.Field(result, "balancesReconcile", true);
    }

    private static List<(DateOnly? Date, string? Description, decimal? Amount, decimal? Balance)> Expected(Statement statement) =>
        statement.Transactions.Select(t => ((DateOnly?)t.Date, (string?)t.Description, (decimal?)t.Amount, (decimal?)t.Balance)).ToList();

    private static List<(DateOnly? Date, string? Description, decimal? Amount, decimal? Balance)> Read(ExtractionResult result) =>
        result.Tables["transactions"].Rows
            .Select(r => (r["date"]?.Value as DateOnly?, r["description"]?.Value as string, r["amount"]?.Value as decimal?, r["balance"]?.Value as decimal?))
            .ToList();
}
