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

    public static byte[] Of(params string[] lines)
    {
        var drawing = new StringBuilder("BT /F1 18 Tf 72 760 Td 24 TL\n");
        foreach (var line in lines.Append(Footer))
        {
            // Literal strings: backslash, ( and ) must be escaped (PDF 1.7, 7.3.4.2).
            drawing.Append('(').Append(line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)")).Append(") Tj T*\n");
        }

        drawing.Append("ET");
        // Latin-1 matches WinAnsiEncoding for the letters tests use (é, ë, ü), so pdftotext gives them back as written.
        var content = Encoding.Latin1.GetBytes(drawing.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {content.Length} >>\nstream\n{drawing}\nendstream",
        ];

        using var file = new MemoryStream();
        file.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        foreach (var (body, number) in objects.Select((o, i) => (o, i + 1)))
        {
            offsets.Add(file.Position);
            file.Write(Encoding.Latin1.GetBytes($"{number} 0 obj\n{body}\nendobj\n"));
        }

        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        file.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return file.ToArray();
    }
}
