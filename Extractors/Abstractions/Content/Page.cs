namespace Intake.Extractors.Content;

/// <summary>Where a page's text came from.</summary>
public enum TextSource
{
    /// <summary>The PDF's own text layer (pdftotext): exact characters, confidence 1.</summary>
    TextLayer,

    /// <summary>Optical character recognition of a scan or photo (tesseract): confidence per word.</summary>
    Ocr,
}

/// <summary>
/// One page: its size in its own units (PDF points, or pixels for OCR), where its text came
/// from, and its lines in reading order (top to bottom, then left to right).
/// </summary>
public sealed record Page(int Number, double Width, double Height, TextSource Source, IReadOnlyList<Line> Lines)
{
    /// <summary>The page's lines joined by newlines (<c>\n</c>), top to bottom.</summary>
    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    /// <summary>Every word on the page, in reading order (line by line, left to right).</summary>
    public IEnumerable<Word> Words => Lines.SelectMany(l => l.Words);
}
