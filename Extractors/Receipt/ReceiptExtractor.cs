using Intake.Extractors.Content;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Extractors.Receipts;

/// <summary>
/// Till receipts in English, German and French, photographed, scanned or as PDFs: the merchant,
/// when, what was bought, the total, tax and how it was paid. Written for OCR: labels are
/// matched despite misreadings, and the total is settled by the amounts that agree with it.
/// </summary>
public sealed class ReceiptExtractor : IDocumentExtractor
{
    public string DocumentType => "RECEIPT";

    public string DisplayName => "Receipt";

    public string Version => "1.0.0";

    public DocumentSchema Schema => ReceiptSchema.Instance;

    public double Classify(DocumentContent content) => ReceiptClassifier.Score(content);

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context)
    {
        if (content.IsEmpty)
        {
            return new ExtractionResult { Warnings = ["The document has no text."] };
        }

        var fields = new Dictionary<string, ExtractedField>();
        var warnings = new List<string>();
        var lines = ReceiptLines.Read(content);

        var merchant = MerchantReader.Read(content.Pages[0]);
        if (merchant is not null)
        {
            fields["merchantName"] = TextField(merchant.NameLines, content.Pages[0], 0.8);
            if (merchant.AddressLines.Count > 0)
            {
                fields["merchantAddress"] = TextField(merchant.AddressLines, content.Pages[0], 0.7);
            }
        }

        var date = DateTimeReader.ReadDate(lines, DateHints.From(context));
        if (date is not null)
        {
            fields["date"] = ExtractedField.Date(date.Date.Value, date.Confidence, date.Line.Page.Number, date.Line.Line.Box);
            if (date.Date.Note is { } note)
            {
                warnings.Add(note);
            }
        }

        if (DateTimeReader.ReadTime(lines, date) is { } time)
        {
            fields["time"] = ExtractedField.Time(time.Time, time.Confidence, time.Line.Page.Number, time.Line.Line.Box);
        }

        var items = ItemsReader.Read(lines, merchant?.NextLine ?? 0);
        var totals = TotalsReader.Read(lines, items);
        AddAmount(fields, "total", totals.TotalValue, totals.Total, totals.TotalConfidence);
        AddAmount(fields, "subtotal", totals.Subtotal?.Value?.Value, totals.Subtotal, totals.Subtotal?.Value?.Confidence ?? 0);
        AddAmount(fields, "taxAmount", totals.Tax?.Value?.Value, totals.Tax, totals.Tax?.Value?.Confidence ?? 0);

        var currency = CurrencyParser.Detect(content.Text);
        if (currency is not null)
        {
            fields["currency"] = ExtractedField.Currency(currency, 0.8);
        }

        if (PaymentReader.Read(lines) is { } payment)
        {
            fields["paymentMethod"] = ExtractedField.Text(payment.Method, Math.Clamp(payment.Line.Line.Confidence, 0.1, 1) * 0.9, payment.Line.Page.Number, payment.Line.Line.Box);
        }

        var merchantName = fields.TryGetValue("merchantName", out var name) ? (string?)name.Value : null;
        return new ExtractionResult
        {
            Fields = fields,
            Tables = items.Count == 0 ? new Dictionary<string, ExtractedTable>() : new Dictionary<string, ExtractedTable> { ["items"] = ItemsTable(items) },
            Summary = new DocumentSummary(
                merchantName is null ? "Receipt" : $"Receipt from {merchantName}",
                totals.TotalValue,
                date?.Date.Value,
                currency),
            Warnings = warnings,
        };
    }

    private static ExtractedField TextField(IReadOnlyList<Line> lines, Page page, double weight)
    {
        var text = string.Join(' ', lines.Select(l => l.Text.Trim()));
        var confidence = lines.SelectMany(l => l.Words).Average(w => w.Confidence) * weight;
        return ExtractedField.Text(text, confidence, page.Number, BoundingBox.Enclosing(lines.Select(l => l.Box)));
    }

    private static void AddAmount(Dictionary<string, ExtractedField> fields, string name, decimal? value, ReceiptLine? line, double confidence)
    {
        if (value is { } amount)
        {
            fields[name] = ExtractedField.Amount(amount, Math.Clamp(confidence, 0.05, 1), line?.Page.Number, line?.Value?.Box ?? line?.Line.Box);
        }
    }

    private static ExtractedTable ItemsTable(IReadOnlyList<ReceiptItem> items) => new(items.Select(item =>
    {
        var cells = new Dictionary<string, ExtractedField>
        {
            ["description"] = ExtractedField.Text(item.Description, item.Confidence, item.Page.Number, item.Box),
            ["amount"] = ExtractedField.Amount(item.Amount.Value, item.Amount.Confidence, item.Page.Number, item.Amount.Box),
        };
        if (item.Quantity is { } quantity)
        {
            cells["quantity"] = ExtractedField.Number(quantity, item.Confidence, item.Page.Number, item.Box);
        }

        if (item.UnitPrice is { } price)
        {
            cells["unitPrice"] = ExtractedField.Amount(price.Value, price.Confidence, item.Page.Number, price.Box);
        }

        return new TableRow(cells);
    }).ToList());
}
