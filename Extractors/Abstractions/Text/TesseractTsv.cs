using System.Globalization;
using Intake.Extractors.Content;

namespace Intake.Extractors.Text;

/// <summary>One image page as tesseract read it: its size in pixels and its words, normalized to it.</summary>
internal sealed record OcrPage(int Number, double Width, double Height, IReadOnlyList<Word> Words);

/// <summary>
/// Reads tesseract's TSV output. Columns: level page_num block_num par_num line_num word_num
/// left top width height conf text. Level 1 rows are pages (their width and height are the
/// image's); level 5 rows are words, with conf 0..100 (-1 on rows that are not words).
/// </summary>
internal static class TesseractTsv
{
    private const int PageLevel = 1;
    private const int WordLevel = 5;
    private const int Columns = 12;

    public static IReadOnlyList<OcrPage> Parse(string tsv)
    {
        var sizes = new SortedDictionary<int, (double Width, double Height)>();
        var words = new Dictionary<int, List<Word>>();
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < Columns - 1 || !TryInt(cells[0], out var level) || !TryInt(cells[1], out var page))
            {
                continue;
            }

            var (left, top, width, height) = (Num(cells[6]), Num(cells[7]), Num(cells[8]), Num(cells[9]));
            if (level == PageLevel)
            {
                sizes[page] = (width, height);
                continue;
            }

            var text = cells.Length >= Columns ? cells[11].Trim() : "";
            var confidence = Num(cells[10]);
            if (level != WordLevel || text.Length == 0 || confidence < 0 || !sizes.TryGetValue(page, out var size) || width <= 0 || height <= 0)
            {
                continue;
            }

            var box = BoundingBox.FromPageUnits(
                Math.Clamp(left, 0, size.Width), Math.Clamp(top, 0, size.Height),
                Math.Clamp(left + width, 0, size.Width), Math.Clamp(top + height, 0, size.Height),
                size.Width, size.Height);
            if (!words.TryGetValue(page, out var pageWords))
            {
                words[page] = pageWords = [];
            }

            pageWords.Add(new Word(text, box, Math.Clamp(confidence / 100, 0, 1)));
        }

        return sizes.Select(s => new OcrPage(s.Key, s.Value.Width, s.Value.Height, words.GetValueOrDefault(s.Key) ?? [])).ToList();
    }

    private static bool TryInt(string cell, out int value) =>
        int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    private static double Num(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
