using System.Globalization;
using Intake.Extractors.Content;

namespace Intake.Extractors.Text;

/// <summary>
/// The XML files a PDF carries (an e-invoice's data: ZUGFeRD, Factur-X, XRechnung), saved one by
/// one with poppler's <c>pdfdetach</c>. Only a PDF whose bytes hold an embedded file stream pays
/// for the tool; an attachment that cannot be read costs only itself, never the pages.
/// </summary>
internal static class PdfAttachments
{
    /// <summary>Every embedded file's stream says so in its dictionary, which is never compressed away.</summary>
    private static readonly byte[] EmbeddedFileMarker = "/EmbeddedFile"u8.ToArray();

    /// <summary>An e-invoice's XML is tens of kilobytes; anything far larger is not one.</summary>
    private const long MaxFileBytes = 5 * 1024 * 1024;

    private const int MaxFiles = 10;

    public static async Task<IReadOnlyList<EmbeddedFile>> ReadXmlAsync(
        string path, TextAcquisitionOptions options, ScratchDirectory scratch, CancellationToken cancellationToken)
    {
        if (!await CarriesFilesAsync(path, cancellationToken))
        {
            return [];
        }

        var files = new List<EmbeddedFile>();
        try
        {
            var listing = await ExternalTool.RunAsync("pdfdetach", ["-list", path], options.ToolTimeLimit, cancellationToken);
            foreach (var (number, name) in XmlEntries(listing.Text).Take(MaxFiles))
            {
                // Saved under a name of ours: the one inside the PDF could hold a path.
                var target = scratch.File($"attachment-{number}.xml");
                await ExternalTool.RunAsync(
                    "pdfdetach", ["-save", number.ToString(CultureInfo.InvariantCulture), "-o", target, path], options.ToolTimeLimit, cancellationToken);
                if (new FileInfo(target) is { Exists: true, Length: > 0 and <= MaxFileBytes })
                {
                    files.Add(new EmbeddedFile(name, await File.ReadAllBytesAsync(target, cancellationToken)));
                }
            }
        }
        catch (TextAcquisitionException)
        {
            // A damaged attachment or a tool that overran: the document is read from its pages alone.
        }

        return files;
    }

    /// <summary>"2 embedded files\n1: factur-x.xml\n2: logo.png" → the XML ones, numbered as pdfdetach numbers them.</summary>
    internal static IEnumerable<(int Number, string Name)> XmlEntries(string listing)
    {
        foreach (var line in listing.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && int.TryParse(line.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && line[(colon + 1)..].Trim() is var name && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                yield return (number, name);
            }
        }
    }

    /// <summary>Looks for the marker a block at a time, each block starting with the end of the one before, so a marker across two blocks is found.</summary>
    internal static async Task<bool> CarriesFilesAsync(string path, CancellationToken cancellationToken)
    {
        var overlap = EmbeddedFileMarker.Length - 1;
        var buffer = new byte[64 * 1024];
        await using var file = File.OpenRead(path);
        var kept = 0;
        int read;
        while ((read = await file.ReadAsync(buffer.AsMemory(kept), cancellationToken)) > 0)
        {
            var filled = kept + read;
            if (buffer.AsSpan(0, filled).IndexOf(EmbeddedFileMarker) >= 0)
            {
                return true;
            }

            kept = Math.Min(overlap, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return false;
    }
}
