using Intake.Extractors;
using Intake.Extractors.Content;
using Intake.Extractors.Layout;
using Intake.Extractors.Parsing;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace UtilityBill;

/// <summary>
/// Utility bills (electricity, gas, water) in English, German and French: who bills, the
/// customer's account, the billing period, the consumption and the amount due.
/// </summary>
public sealed class UtilityBillExtractor : IDocumentExtractor
{
    public string DocumentType => "UTILITY_BILL";

    public string DisplayName => "Utility bill";

    public string Version => "1.0.0";

    public DocumentSchema Schema { get; } = new(
        [
            new FieldDefinition("provider", FieldType.Text, "The utility that bills (first line of the letterhead)."),
            new FieldDefinition("accountNumber", FieldType.Text, "The customer's account or contract number."),
            new FieldDefinition("billDate", FieldType.Date, "When the bill was issued."),
            new FieldDefinition("dueDate", FieldType.Date, "When payment is due."),
            new FieldDefinition("periodStart", FieldType.Date, "First day of the billing period."),
            new FieldDefinition("periodEnd", FieldType.Date, "Last day of the billing period."),
            new FieldDefinition("consumption", FieldType.Number, "Metered consumption in the period."),
            new FieldDefinition("consumptionUnit", FieldType.Text, "kWh or m³."),
            new FieldDefinition("totalDue", FieldType.Amount, "The amount to pay.", Required: true),
            new FieldDefinition("currency", FieldType.Currency, "ISO 4217 code of the amounts."),
        ],
        []);

    public double Classify(DocumentContent content) => UtilityVocabulary.Score(content.Text);

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context)
    {
        var hints = DateHints.From(context);
        var fields = new Dictionary<string, ExtractedField>();
        var warnings = new List<string>();
        var reader = new LabelledValues(content);

        if (content.Pages.FirstOrDefault()?.Lines.FirstOrDefault(l => l.Text.Any(char.IsLetter)) is { } letterhead)
        {
            fields["provider"] = ExtractedField.Text(letterhead.Text, 0.6, 1, letterhead.Box);
        }

        if (reader.TextAfter(UtilityVocabulary.AccountLabels) is { } account)
        {
            fields["accountNumber"] = account;
        }

        AddDate(fields, warnings, "billDate", At(reader.DatesAfter(UtilityVocabulary.BillDateLabels, hints), 0));
        AddDate(fields, warnings, "dueDate", At(reader.DatesAfter(UtilityVocabulary.DueDateLabels, hints), 0));
        var period = reader.DatesAfter(UtilityVocabulary.PeriodLabels, hints);
        AddDate(fields, warnings, "periodStart", At(period, 0));
        AddDate(fields, warnings, "periodEnd", At(period, 1));

        if (Consumption.Find(content) is { } consumption)
        {
            fields["consumption"] = consumption.Value;
            fields["consumptionUnit"] = ExtractedField.Text(consumption.Unit, consumption.Value.Confidence, consumption.Value.Page, consumption.Value.Box);
        }

        var totals = reader.AmountsAfter(UtilityVocabulary.TotalLabels);
        var total = At(totals, totals.Count - 1);
        if (total is not null)
        {
            fields["totalDue"] = total.Value.Field;
        }

        var currency = total?.Amount.Currency ?? CurrencyParser.Detect(content.Text);
        if (currency is not null)
        {
            fields["currency"] = ExtractedField.Currency(currency, total?.Amount.Currency is null ? 0.6 : 0.9);
        }

        return new ExtractionResult
        {
            Fields = fields,
            Warnings = warnings,
            Summary = new DocumentSummary(
                Description: fields.TryGetValue("provider", out var provider) ? $"Utility bill from {provider.Value}" : "Utility bill",
                TotalAmount: total?.Amount.Value,
                DocumentDate: fields.TryGetValue("billDate", out var billDate) ? (DateOnly?)billDate.Value : null,
                Currency: currency),
        };
    }

    private static T? At<T>(IReadOnlyList<T> found, int index) where T : struct =>
        index >= 0 && index < found.Count ? found[index] : null;

    private static void AddDate(Dictionary<string, ExtractedField> fields, List<string> warnings, string name, (ParsedDate Date, ExtractedField Field)? found)
    {
        if (found is not { } date)
        {
            return;
        }

        fields[name] = date.Field;
        if (date.Date.Ambiguous && date.Date.Note is { } note)
        {
            warnings.Add($"{name}: {note}");
        }
    }
}
