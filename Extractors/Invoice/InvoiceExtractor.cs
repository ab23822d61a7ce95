using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Classification;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Results;
using Intake.Extractors.Schema;

namespace Intake.Extractors.Invoices;

/// <summary>
/// Invoices and credit notes in English, German and French: number, dates, seller and
/// customer, totals (checked: net + tax = gross), currency, IBAN and the item lines.
/// </summary>
public sealed class InvoiceExtractor : IDocumentExtractor
{
    public string DocumentType => "INVOICE";

    public string DisplayName => "Invoice";

    public string Version => "1.2.0";

    public DocumentSchema Schema => InvoiceSchema.Definition;

    public double Classify(DocumentContent content) => InvoiceClassifier.Score(UprightText.Of(content));

    public ExtractionResult Extract(DocumentContent content, ExtractionContext context) =>
        InvoiceReading.Read(UprightText.Of(content), context);
}
