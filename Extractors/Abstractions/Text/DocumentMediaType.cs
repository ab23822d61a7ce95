namespace Intake.Extractors.Text;

/// <summary>
/// The kinds of file the text acquisition reads. Callers say which one a file is (from its
/// sniffed content or its declared media type); <see cref="DocumentMediaTypes"/> maps the
/// usual names. The image readers still check the file's signature before OCR, because
/// tesseract treats a file that is not an image as a list of image paths to read.
/// </summary>
public enum DocumentMediaType
{
    /// <summary>A PDF: its text layer is read, and pages without one are rendered and OCR'd.</summary>
    Pdf,

    /// <summary>A PNG image, read by OCR.</summary>
    Png,

    /// <summary>A JPEG image, read by OCR.</summary>
    Jpeg,

    /// <summary>A TIFF image (a multi-page TIFF is read page by page), read by OCR.</summary>
    Tiff,
}

/// <summary>Finds the <see cref="DocumentMediaType"/> for a file name or a MIME type.</summary>
public static class DocumentMediaTypes
{
    /// <summary>The type for a file name's extension (<c>.pdf</c>, <c>.png</c>, <c>.jpg</c>/<c>.jpeg</c>, <c>.tif</c>/<c>.tiff</c>), or null.</summary>
    public static DocumentMediaType? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => DocumentMediaType.Pdf,
            ".png" => DocumentMediaType.Png,
            ".jpg" or ".jpeg" => DocumentMediaType.Jpeg,
            ".tif" or ".tiff" => DocumentMediaType.Tiff,
            _ => null,
        };

    /// <summary>The type for a MIME type (<c>application/pdf</c>, <c>image/png</c>, <c>image/jpeg</c>, <c>image/tiff</c>), or null.</summary>
    public static DocumentMediaType? FromContentType(string contentType) =>
        contentType.Split(';')[0].Trim().ToLowerInvariant() switch
        {
            "application/pdf" => DocumentMediaType.Pdf,
            "image/png" => DocumentMediaType.Png,
            "image/jpeg" or "image/jpg" => DocumentMediaType.Jpeg,
            "image/tiff" => DocumentMediaType.Tiff,
            _ => null,
        };

    internal static string FileExtension(this DocumentMediaType type) => type switch
    {
        DocumentMediaType.Pdf => ".pdf",
        DocumentMediaType.Png => ".png",
        DocumentMediaType.Jpeg => ".jpg",
        DocumentMediaType.Tiff => ".tif",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Whether a file's first bytes are the signature of an image of this type.</summary>
    internal static bool HasImageSignature(this DocumentMediaType type, ReadOnlySpan<byte> header) => type switch
    {
        DocumentMediaType.Png => header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]),
        DocumentMediaType.Jpeg => header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        DocumentMediaType.Tiff => header.StartsWith("II*\0"u8) || header.StartsWith("MM\0*"u8),
        _ => false,
    };
}
