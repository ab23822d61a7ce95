namespace Intake.Bench.Ingestion;

/// <summary>Documents timed together, and the bare tool the Processor's time is compared with.</summary>
public sealed record DocumentSet(string Name, IReadOnlyList<string> Files, BareTool Tool)
{
    /// <summary>Born-digital invoices: the Processor reads their text layer with pdftotext.</summary>
    public static DocumentSet Pdfs(int count) => new("pdf", Corpus.Take("invoices", "*.pdf", count), BareTool.PdfToText);

    /// <summary>Receipt photos: the Processor reads them with tesseract.</summary>
    public static DocumentSet Images(int count) => new("image", Corpus.Take("receipts", "*.jpg", count), BareTool.Tesseract);
}
