using System.Globalization;
using Intake.Extractors.Content;

namespace Intake.Extractors.Text;

/// <summary>A PDF's pages: the text layer where a page has one, OCR of the rasterised page where it has not.</summary>
internal static class PdfReader
{
    public static async Task<IReadOnlyList<Page>> ReadAsync(
        string path, TextAcquisitionOptions options, ScratchDirectory scratch, CancellationToken cancellationToken)
    {
        // One page past the limit tells a document that is too long without reading all of it,
        // and pdftotext alone (no pdfinfo first) saves a process per document.
        var textLayer = await ReadTextLayerAsync(path, options.MaxPages + 1, options, cancellationToken);
        if (textLayer.Count > options.MaxPages)
        {
            throw TooManyPages(options);
        }

        if (textLayer.Count == 0)
        {
            throw Corrupt(null);
        }

        var pages = new List<Page>(textLayer.Count);
        foreach (var (page, number) in textLayer.Select((p, i) => (p, i + 1)))
        {
            pages.Add(HasTextLayer(page, options)
                ? new Page(number, page.Width, page.Height, TextSource.TextLayer, ReadingOrder.Arrange(page.Words))
                : await OcrPageAsync(path, number, page, options, scratch, cancellationToken));
        }

        return pages;
    }

    public static TextAcquisitionException TooManyPages(TextAcquisitionOptions options) =>
        new(TextAcquisitionErrorCodes.TooManyPages,
            $"The document has more than {options.MaxPages} pages, the most that can be read. Split it into smaller documents.");

    private static async Task<IReadOnlyList<TextLayerPage>> ReadTextLayerAsync(
        string path, int lastPage, TextAcquisitionOptions options, CancellationToken cancellationToken)
    {
        ToolOutput layout;
        try
        {
            layout = await ExternalTool.RunAsync(
                "pdftotext", ["-bbox-layout", "-enc", "UTF-8", "-l", Invariant(lastPage), path, "-"], options.ToolTimeLimit, cancellationToken);
        }
        catch (TextAcquisitionException e) when (e.Code == TextAcquisitionErrorCodes.ToolFailed && e.ToolError is { } error)
        {
            // A PDF that opens without a password (owner password only) is read like any other;
            // only one that needs a password to open is refused as encrypted.
            throw error.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase)
                ? new TextAcquisitionException(
                    TextAcquisitionErrorCodes.Encrypted,
                    "The PDF is protected by a password. Remove the password (print it to a new PDF) and upload it again.",
                    e)
                { Tool = e.Tool, ToolError = error }
                : Corrupt(e);
        }

        try
        {
            return PdfTextLayer.ParseBoundingBoxLayout(new MemoryStream(layout.StandardOutput));
        }
        catch (System.Xml.XmlException e)
        {
            throw new TextAcquisitionException(TextAcquisitionErrorCodes.ToolFailed, $"pdftotext wrote a layout that cannot be read: {e.Message}", e)
            {
                Tool = "pdftotext",
            };
        }
    }

    private static TextAcquisitionException Corrupt(TextAcquisitionException? toolError) =>
        new(TextAcquisitionErrorCodes.Corrupt, "The file is not a readable PDF; it may be damaged or not a PDF at all.", toolError)
        {
            Tool = "pdftotext",
            ToolError = toolError?.ToolError,
        };

    private static bool HasTextLayer(TextLayerPage page, TextAcquisitionOptions options) =>
        page.Words.Sum(w => w.Text.Count(c => !char.IsWhiteSpace(c))) >= Math.Max(1, options.MinTextLayerCharacters);

    private static async Task<Page> OcrPageAsync(
        string path, int number, TextLayerPage textLayer, TextAcquisitionOptions options, ScratchDirectory scratch, CancellationToken cancellationToken)
    {
        var image = scratch.File($"page-{number}");
        await ExternalTool.RunAsync(
            "pdftoppm",
            ["-r", Invariant(options.OcrResolutionDpi), "-f", Invariant(number), "-l", Invariant(number), "-png", "-singlefile", path, image],
            options.ToolTimeLimit,
            cancellationToken);
        try
        {
            var ocr = (await Ocr.ReadAsync(image + ".png", options, cancellationToken)).FirstOrDefault();
            // OCR that finds nothing on a page with a few text-layer characters keeps those characters.
            return ocr is { Words.Count: > 0 }
                ? new Page(number, ocr.Width, ocr.Height, TextSource.Ocr, ReadingOrder.Arrange(ocr.Words))
                : new Page(number, textLayer.Width, textLayer.Height, TextSource.TextLayer, ReadingOrder.Arrange(textLayer.Words));
        }
        finally
        {
            File.Delete(image + ".png");
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
