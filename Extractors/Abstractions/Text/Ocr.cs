namespace Intake.Extractors.Text;

/// <summary>Runs tesseract on one image file and reads its TSV.</summary>
internal static class Ocr
{
    // Without it tesseract's OpenMP threads fight each other and several runs in parallel crawl;
    // parallelism comes from running several tesseract processes instead.
    private static readonly Dictionary<string, string> Environment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    public static async Task<IReadOnlyList<OcrPage>> ReadAsync(string imagePath, TextAcquisitionOptions options, CancellationToken cancellationToken)
    {
        ToolOutput output;
        try
        {
            output = await ExternalTool.RunAsync(
                "tesseract",
                [imagePath, "stdout", "--psm", options.PageSegmentationMode.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", options.OcrLanguages, "tsv"],
                options.ToolTimeLimit,
                cancellationToken,
                Environment);
        }
        catch (TextAcquisitionException e) when (e.Code == TextAcquisitionErrorCodes.ToolFailed && e.ToolError is { } error)
        {
            throw IsMissingLanguage(error)
                ? MissingLanguage(error, options)
                : new TextAcquisitionException(TextAcquisitionErrorCodes.Corrupt, "The image could not be read; the file may be damaged.", e)
                {
                    Tool = e.Tool,
                    ToolError = e.ToolError,
                };
        }

        // With one of several languages missing tesseract carries on without it; a misconfiguration must not pass silently.
        if (IsMissingLanguage(output.StandardError))
        {
            throw MissingLanguage(output.StandardError, options);
        }

        return TesseractTsv.Parse(output.Text);
    }

    private static bool IsMissingLanguage(string error) => error.Contains("Failed loading language", StringComparison.Ordinal);

    private static TextAcquisitionException MissingLanguage(string error, TextAcquisitionOptions options) =>
        new(TextAcquisitionErrorCodes.ToolFailed,
            $"An OCR language in '{options.OcrLanguages}' is not installed for tesseract: install its tesseract-ocr-LANG package or remove it from the OCR languages.")
        { Tool = "tesseract", ToolError = error };
}
