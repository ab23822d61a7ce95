using System.Diagnostics;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Intake.Tools.Generator.Scanning;

/// <summary>
/// Makes a scan of a text PDF: each page rasterised in grey at 200 dpi by poppler's pdftoppm,
/// lightly noised, and put back as a full-page image in a PDF without a text layer, which the
/// product must read by OCR.
/// </summary>
public static class ScannedPdfWriter
{
    private const int Dpi = 200;

    public static async Task WriteAsync(string textPdfPath, string scannedPdfPath, int seed, CancellationToken cancellationToken = default)
    {
        var scratch = Directory.CreateTempSubdirectory("intake-scan-");
        try
        {
            var prefix = Path.Combine(scratch.FullName, "page");
            await RunAsync("pdftoppm", ["-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", textPdfPath, prefix], cancellationToken);
            var random = new Random(seed);
            using var document = new PdfDocument();
            foreach (var file in Directory.GetFiles(scratch.FullName, "page-*.pgm").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal))
            {
                var image = GrayImage.ReadPgm(await File.ReadAllBytesAsync(file, cancellationToken));
                ScanNoise.Apply(image, random);
                using var png = new MemoryStream(image.ToPng());
                using var picture = XImage.FromStream(png);
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(image.Width * 72.0 / Dpi);
                page.Height = XUnit.FromPoint(image.Height * 72.0 / Dpi);
                using var graphics = XGraphics.FromPdfPage(page);
                graphics.DrawImage(picture, 0, 0, page.Width.Point, page.Height.Point);
            }

            document.Save(scannedPdfPath);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static async Task RunAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
        }
    }
}
