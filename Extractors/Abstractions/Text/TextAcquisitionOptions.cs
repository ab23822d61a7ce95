using System.Text.RegularExpressions;

namespace Intake.Extractors.Text;

/// <summary>Limits and settings for reading a document's text (configuration section <c>Text</c>).</summary>
public sealed partial class TextAcquisitionOptions
{
    /// <summary>How long one run of one tool (pdftotext, pdftoppm, tesseract) may take before it is killed.</summary>
    public TimeSpan ToolTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Documents with more pages than this are refused (<c>too_many_pages</c>) before any text is read.</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>Resolution at which PDF pages without a text layer are rasterised for OCR, in dots per inch.</summary>
    public int OcrResolutionDpi { get; set; } = 300;

    /// <summary>Tesseract languages joined by '+', most likely first: <c>eng</c>, <c>eng+deu+fra</c>. Each needs its tesseract-ocr-LANG package.</summary>
    public string OcrLanguages { get; set; } = "eng";

    /// <summary>Tesseract's page segmentation mode (<c>--psm</c>): 3 is fully automatic, 4 a single column, 6 a single block, 11 sparse text.</summary>
    public int PageSegmentationMode { get; set; } = 3;

    /// <summary>
    /// A PDF page whose text layer has fewer non-blank characters than this counts as having none
    /// and is OCR'd: scans often carry a stray page number or producer stamp as text.
    /// </summary>
    public int MinTextLayerCharacters { get; set; } = 20;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        if (ToolTimeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(ToolTimeLimit)} must be positive, not {ToolTimeLimit}.");
        }

        if (MaxPages < 1)
        {
            throw new ArgumentException($"{nameof(MaxPages)} must be at least 1, not {MaxPages}.");
        }

        if (OcrResolutionDpi is < 50 or > 1200)
        {
            throw new ArgumentException($"{nameof(OcrResolutionDpi)} must be between 50 and 1200, not {OcrResolutionDpi}.");
        }

        // Also keeps the value from being read as a tesseract option.
        if (!LanguagesPattern().IsMatch(OcrLanguages))
        {
            throw new ArgumentException($"{nameof(OcrLanguages)} must be tesseract language codes joined by '+' (eng+deu), not '{OcrLanguages}'.");
        }

        if (PageSegmentationMode is < 0 or > 13)
        {
            throw new ArgumentException($"{nameof(PageSegmentationMode)} must be between 0 and 13, not {PageSegmentationMode}.");
        }

        if (MinTextLayerCharacters < 0)
        {
            throw new ArgumentException($"{nameof(MinTextLayerCharacters)} must not be negative, not {MinTextLayerCharacters}.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*$")]
    private static partial Regex LanguagesPattern();
}
