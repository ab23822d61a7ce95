using System.Globalization;
using Intake.Extractors.BankStatements.Table;
using Intake.Extractors.Content;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Extractors.BankStatements;

/// <summary>
/// Bank statements in English, German and French: the account details, the opening and closing
/// balances, and every transaction of the table across pages, checked against the running balance.
/// </summary>
public sealed class BankStatementExtractor : IDocumentExtractor
{
    public string DocumentType => "BANK_STATEMENT";

    public string DisplayName => "Bank statement";

    public string Version => "1.0.0";

    public DocumentSchema Schema => StatementSchema.Definition;

    public double Classify(DocumentContent content)
    {
        if (content.IsEmpty)
        {
            return 0;
        }

        var reader = TableReader.Read(content, CancellationToken.None);
        var table = reader.Headers.Count == 0 ? null : StatementTable.Read(reader, StatementTable.ParsingOf(reader, DateHints.None), null, null);
        return StatementClassifier.Score(content, reader, table);
    }

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context)
    {
        if (content.IsEmpty)
        {
            return new ExtractionResult();
        }

        var reader = TableReader.Read(content, context.CancellationToken);
        var parsing = StatementTable.ParsingOf(reader, DateHints.From(context));
        var header = new StatementHeader(content);
        var opening = header.Opening(parsing.Amounts);
        var closing = header.Closing(parsing.Amounts);
        var table = StatementTable.Read(reader, parsing, Stated(opening), Stated(closing));
        var fields = new Dictionary<string, ExtractedField>();
        var warnings = new List<string>();

        Add(fields, "bankName", header.BankName());
        Add(fields, "accountHolder", header.AccountHolder);
        Add(fields, "accountNumber", header.AccountNumber);
        Add(fields, "iban", header.Iban);
        var period = header.Period(parsing.Dates);
        if (period.Count >= 2)
        {
            fields["periodStart"] = period[0];
            fields["periodEnd"] = period[1];
        }

        var currency = header.Currency ?? CurrencyOf(table.HeaderCurrency, content, 0.8) ?? CurrencyOf(CurrencyParser.Detect(content.Text), content, 0.6);
        Add(fields, "currency", currency);

        var balances = StatementBalances.Settle(
            opening, closing, table, content.Pages.Any(p => p.Source == TextSource.Ocr), warnings);
        foreach (var (name, field) in balances.Fields)
        {
            fields[name] = field;
        }

        warnings.AddRange(table.Transactions.Where(t => t.Repair is not null)
            .Select(t => $"Transaction on page {t.Page} ({t.Description}): corrected {t.Repair}."));
        var start = fields.GetValueOrDefault("periodStart")?.Value as DateOnly?;
        var end = fields.GetValueOrDefault("periodEnd")?.Value as DateOnly? ?? table.Transactions.Select(t => t.Date).LastOrDefault(d => d is not null);
        var bank = fields.GetValueOrDefault("bankName")?.Value as string;
        return new ExtractionResult
        {
            Fields = fields,
            Tables = table.Transactions.Count == 0
                ? new Dictionary<string, ExtractedTable>()
                : new Dictionary<string, ExtractedTable> { ["transactions"] = TransactionTable.Of(table.Transactions) },
            Summary = new DocumentSummary(
                Description: string.Join(' ', new[] { "Bank statement", bank, PeriodText(start, end) }.Where(s => !string.IsNullOrEmpty(s))),
                TotalAmount: balances.Closing,
                DocumentDate: end,
                Currency: currency?.Value as string),
            Warnings = warnings,
        };
    }

    private static void Add(Dictionary<string, ExtractedField> fields, string name, ExtractedField? field)
    {
        if (field?.Value is not null and not "")
        {
            fields[name] = field;
        }
    }

    private static StatedBalance? Stated(LabelledBalance? labelled) =>
        labelled is null ? null : new StatedBalance(labelled.Value, labelled.ReadConfidence);

    private static ExtractedField? CurrencyOf(string? code, DocumentContent content, double confidence) =>
        code is null ? null : ExtractedField.Currency(code, confidence, content.Pages[0].Number);

    private static string? PeriodText(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } s, { } e) => $"{Iso(s)} – {Iso(e)}",
        (null, { } e) => $"to {Iso(e)}",
        _ => null,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
