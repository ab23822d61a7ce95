using System.Globalization;
using System.Xml;
using Intake.Extractors.Content;

namespace Intake.Extractors.Text;

/// <summary>A PDF page's size in points and the words of its text layer, normalized to the page.</summary>
internal sealed record TextLayerPage(double Width, double Height, IReadOnlyList<Word> Words);

/// <summary>Reads the output of poppler's <c>pdftotext -bbox-layout</c>.</summary>
internal static class PdfTextLayer
{
    /// <summary>
    /// Parses pdftotext's XHTML: <c>&lt;page width height&gt;</c> holding <c>&lt;word xMin yMin xMax yMax&gt;</c>
    /// elements (inside flow/block/line, which are ignored: reading order is rebuilt for every source alike).
    /// </summary>
    public static IReadOnlyList<TextLayerPage> ParseBoundingBoxLayout(Stream xhtml)
    {
        // The output starts with an XHTML DOCTYPE: skip it, and never fetch or expand anything external.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            CheckCharacters = false,
            IgnoreWhitespace = true,
        };
        var pages = new List<TextLayerPage>();
        List<Word>? words = null;
        double width = 0, height = 0;
        using var reader = XmlReader.Create(xhtml, settings);
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "word" && words is not null)
            {
                var (left, top, right, bottom) = (Number(reader, "xMin"), Number(reader, "yMin"), Number(reader, "xMax"), Number(reader, "yMax"));
                // Reading the content moves past the end tag, onto the next node: do not Read() again.
                var text = reader.ReadElementContentAsString().Trim();
                if (text.Length > 0 && OnPage(left, top, right, bottom, width, height) is { } box)
                {
                    words.Add(new Word(text, box));
                }

                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "page")
            {
                width = Number(reader, "width");
                height = Number(reader, "height");
                words = [];
                if (reader.IsEmptyElement)
                {
                    pages.Add(new TextLayerPage(width, height, words));
                    words = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "page" && words is not null)
            {
                pages.Add(new TextLayerPage(width, height, words));
                words = null;
            }

            reader.Read();
        }

        return pages;
    }

    /// <summary>The word's box clipped to the page; null for text wholly off the page, which no reader sees.</summary>
    private static BoundingBox? OnPage(double left, double top, double right, double bottom, double width, double height)
    {
        if (width <= 0 || height <= 0)
        {
            return null;
        }

        var box = BoundingBox.FromPageUnits(
            Math.Clamp(left, 0, width), Math.Clamp(top, 0, height), Math.Clamp(right, 0, width), Math.Clamp(bottom, 0, height), width, height);
        return box.Width > 0 && box.Height > 0 ? box : null;
    }

    private static double Number(XmlReader reader, string attribute) =>
        double.TryParse(reader.GetAttribute(attribute), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
