namespace Intake.Extractors.Content;

/// <summary>
/// A file carried inside the document, as PDF/A-3 e-invoices (ZUGFeRD, Factur-X, XRechnung)
/// carry their invoice as XML: its name in the PDF and its bytes.
/// </summary>
public sealed record EmbeddedFile(string Name, byte[] Bytes);
