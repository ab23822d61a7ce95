using Intake.Extractors.Content;

namespace Intake.Extractors.Text;

/// <summary>
/// Reads a document's words with their boxes: a PDF's text layer through poppler's
/// <c>pdftotext -bbox-layout</c>, and images and PDF pages without a text layer through
/// tesseract (PDF pages rasterised by pdftoppm first). Every page's lines are built by
/// <see cref="ReadingOrder.Arrange"/>, so extractors see one shape whatever the source.
/// </summary>
/// <remarks>Needs poppler-utils and tesseract-ocr (plus tesseract-ocr-LANG per OCR language) on the PATH.</remarks>
public static class DocumentTextReader
{
    /// <summary>Reads the file at <paramref name="path"/>, its type taken from its extension (see <see cref="DocumentMediaTypes.FromFileName"/>).</summary>
    /// <exception cref="TextAcquisitionException">The document cannot be read; see <see cref="TextAcquisitionErrorCodes"/>.</exception>
    public static Task<DocumentContent> ReadAsync(string path, TextAcquisitionOptions? options = null, CancellationToken cancellationToken = default) =>
        DocumentMediaTypes.FromFileName(path) is { } type
            ? ReadAsync(path, type, options, cancellationToken)
            : throw new TextAcquisitionException(
                TextAcquisitionErrorCodes.UnsupportedType,
                $"'{Path.GetFileName(path)}' is not a PDF, PNG, JPEG or TIFF file, the only kinds whose text can be read.");

    /// <summary>Reads the file at <paramref name="path"/> as a <paramref name="type"/>.</summary>
    /// <exception cref="TextAcquisitionException">The document cannot be read; see <see cref="TextAcquisitionErrorCodes"/>.</exception>
    public static async Task<DocumentContent> ReadAsync(
        string path, DocumentMediaType type, TextAcquisitionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TextAcquisitionOptions();
        options.Validate();
        // A full path never starts with '-', so no tool can take it for an option.
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException("The document to read does not exist.", fullPath);
        }

        using var scratch = new ScratchDirectory();
        var pages = type switch
        {
            DocumentMediaType.Pdf => await PdfReader.ReadAsync(fullPath, options, scratch, cancellationToken),
            DocumentMediaType.Png or DocumentMediaType.Jpeg or DocumentMediaType.Tiff => await ReadImageAsync(fullPath, type, options, cancellationToken),
            _ => throw new TextAcquisitionException(TextAcquisitionErrorCodes.UnsupportedType, $"Documents of type {type} cannot be read."),
        };

        var content = new DocumentContent(pages)
        {
            EmbeddedFiles = type == DocumentMediaType.Pdf ? await PdfAttachments.ReadXmlAsync(fullPath, options, scratch, cancellationToken) : [],
        };
        return content.IsEmpty
            ? throw new TextAcquisitionException(
                TextAcquisitionErrorCodes.Empty,
                "No text was found in the document, neither in a text layer nor by OCR; it may be blank, or a photo too blurred or small to read.")
            : content;
    }

    /// <summary>Reads <paramref name="content"/> as a <paramref name="type"/> (copied to a temporary file for the tools).</summary>
    /// <exception cref="TextAcquisitionException">The document cannot be read; see <see cref="TextAcquisitionErrorCodes"/>.</exception>
    public static async Task<DocumentContent> ReadAsync(
        Stream content, DocumentMediaType type, TextAcquisitionOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.File("document" + type.FileExtension());
        await using (var file = File.Create(path))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        return await ReadAsync(path, type, options, cancellationToken);
    }

    private static async Task<IReadOnlyList<Page>> ReadImageAsync(
        string path, DocumentMediaType type, TextAcquisitionOptions options, CancellationToken cancellationToken)
    {
        var header = new byte[8];
        await using (var file = File.OpenRead(path))
        {
            await file.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        }

        if (!type.HasImageSignature(header))
        {
            throw new TextAcquisitionException(TextAcquisitionErrorCodes.Corrupt, $"The file is not a readable {type} image.");
        }

        var ocrPages = await Ocr.ReadAsync(path, options, cancellationToken);
        if (ocrPages.Count > options.MaxPages)
        {
            throw PdfReader.TooManyPages(options);
        }

        return ocrPages.Select(p => new Page(p.Number, p.Width, p.Height, TextSource.Ocr, ReadingOrder.Arrange(p.Words))).ToList();
    }
}
