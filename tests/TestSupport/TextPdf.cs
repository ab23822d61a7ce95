using System.Text;

namespace Intake.Testing;

/// <summary>
/// A one-page, born-digital PDF holding the given lines in Helvetica (one of the 14 standard
/// fonts, so nothing is embedded), for tests that need text of their choosing: a test plugin
/// to claim ("Hello …"), or a unique word to search for.
/// </summary>
public static class TextPdf
{
    /// <summary>
    /// The Processor OCRs a page whose text layer has fewer than 20 characters, which would read
    /// the test's words back through tesseract; a footer line keeps every page above that.
    /// </summary>
    public const string Footer = "Written by an Intake test, to be read from its text layer.";

    public static byte[] Of(params string[] lines) => Write(lines, attachment: null);

    /// <summary>The same page, carrying a file as PDF/A-3 e-invoices carry their XML (an EmbeddedFiles name tree).</summary>
    public static byte[] WithAttachment(string name, byte[] attachment, params string[] lines) => Write(lines, (name, attachment));

    private static byte[] Write(string[] lines, (string Name, byte[] Bytes)? attachment)
    {
        var drawing = new StringBuilder("BT /F1 18 Tf 72 760 Td 24 TL\n");
        foreach (var line in lines.Append(Footer))
        {
            // Literal strings: backslash, ( and ) must be escaped (PDF 1.7, 7.3.4.2).
            drawing.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        }

        drawing.Append("ET");
        // Latin-1 matches WinAnsiEncoding for the letters tests use (é, ë, ü), so pdftotext gives them back as written.
        var content = Encoding.Latin1.GetBytes(drawing.ToString());
        var names = attachment is { } file ? $" /Names << /EmbeddedFiles << /Names [({Escape(file.Name)}) 6 0 R] >> >>" : "";
        var objects = new List<byte[]>
        {
            Latin1($"<< /Type /Catalog /Pages 2 0 R{names} >>"),
            Latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Latin1("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
            Latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Stream("", content),
        };
        if (attachment is { } embedded)
        {
            objects.Add(Latin1($"<< /Type /Filespec /F ({Escape(embedded.Name)}) /UF ({Escape(embedded.Name)}) /EF << /F 7 0 R >> >>"));
            objects.Add(Stream(" /Type /EmbeddedFile /Subtype /text#2Fxml", embedded.Bytes));
        }

        using var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        foreach (var (body, number) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(pdf.Position);
            pdf.Write(Latin1($"{number} 0 obj\n"));
            pdf.Write(body);
            pdf.Write(Latin1("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Stream(string dictionary, byte[] bytes) =>
        [.. Latin1($"<<{dictionary} /Length {bytes.Length} >>\nstream\n"), .. bytes, .. Latin1("\nendstream")];

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
