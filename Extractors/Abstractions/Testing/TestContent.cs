using Intake.Extractors.Content;
using Intake.Extractors.Text;

namespace Intake.Extractors.Testing;

/// <summary>
/// Builds the content an extractor sees, for tests. <see cref="FromText"/> lays plain text out
/// on a page as a monospaced printout would (so "right of" and "below" mean what they look like);
/// pages are separated by a form feed (<c>\f</c>).
/// </summary>
public static class TestContent
{
    /// <summary>Characters per line and lines per page of the imagined printout; wider or longer text still fits.</summary>
    private const int Columns = 100;
    private const int Rows = 66;

    /// <summary>
    /// Reads a PDF or image exactly as the Processor does (text layer, else OCR), so a test sees
    /// what production will. Needs poppler-utils and tesseract-ocr installed.
    /// </summary>
    public static Task<DocumentContent> FromFileAsync(string path, TextAcquisitionOptions? options = null, CancellationToken cancellationToken = default) =>
        DocumentTextReader.ReadAsync(path, options, cancellationToken);

    /// <summary>
    /// Content as if <paramref name="text"/> were printed in a monospaced font: one line per text
    /// line, words split at whitespace, each with its box and confidence 1. A form feed
    /// (<c>\f</c>) starts a new page; pages are A4 in points (595 × 842).
    /// </summary>
    /// <param name="text">The document's text; <c>\r\n</c> is treated as <c>\n</c>.</param>
    /// <param name="source">What the pages claim to come from, for extractors that treat OCR text with more suspicion.</param>
    public static DocumentContent FromText(string text, TextSource source = TextSource.TextLayer)
    {
        var pages = text.Replace("\r\n", "\n").Split('\f').Select((pageText, index) => PageFromText(index + 1, pageText.Trim('\n'), source)).ToList();
        return new DocumentContent(pages);
    }

    private static Page PageFromText(int number, string text, TextSource source)
    {
        var lines = text.Split('\n');
        var columns = Math.Max(Columns, lines.Max(l => l.Length) + 1);
        var rows = Math.Max(Rows, lines.Length + 1);
        var words = new List<Word>();
        for (var row = 0; row < lines.Length; row++)
        {
            var line = lines[row];
            for (var start = 0; start < line.Length;)
            {
                if (char.IsWhiteSpace(line[start]))
                {
                    start++;
                    continue;
                }

                var end = start;
                while (end < line.Length && !char.IsWhiteSpace(line[end]))
                {
                    end++;
                }

                var box = new BoundingBox((double)start / columns, (row + 0.1) / rows, (double)(end - start) / columns, 0.8 / rows);
                words.Add(new Word(line[start..end], box, 1.0));
                start = end;
            }
        }

        // A printed A4 page in points: 595 × 842.
        return new Page(number, 595, 842, source, ReadingOrder.Arrange(words));
    }
}
