using Intake.Extractors.Content;
using Intake.Extractors.Invoices.Layout;
using Intake.Extractors.Parsing;

namespace Intake.Extractors.Invoices.Fields;

/// <summary>A party's name and the address lines under it, as printed in a block.</summary>
internal sealed record PartyBlock(Segment Name, IReadOnlyList<Segment> Address, double Confidence)
{
    /// <summary>How many line heights below its heading a party's block may start, and how far apart its lines may be.</summary>
    private const double Reach = 6;

    /// <summary>
    /// The block under a heading such as "Verkäufer:" or "Bill to": the heading must fill its cell
    /// (so "Lieferant" in "Lieferant GmbH" is not a heading), and the name is the first cell below,
    /// in the heading's column, that is not a reference line ("GLN 4000…", "Nummer: 123").
    /// </summary>
    public static PartyBlock? UnderHeading(DocumentContent content, IReadOnlyList<string> headings)
    {
        foreach (var page in content.Pages)
        {
            foreach (var match in LabelMatcher.Find(page.Lines, [.. headings]))
            {
                var cell = Segment.Split(page, match.Line).FirstOrDefault(s => s.Words.Contains(match.Line.Words[match.FirstWord]));
                if (cell is null || cell.Words.Count(w => w.Text.Any(char.IsLetterOrDigit)) != match.LastWord - match.FirstWord + 1 || cell.Text.Any(char.IsDigit))
                {
                    continue;
                }

                var below = PageGrid.Below(page, match.Line, Reach)
                    .SelectMany(l => Segment.Split(page, l).Where(s => PageGrid.InColumn(cell.Box, s.Box) && s.Box.Left > cell.Box.Left - 0.02).Take(1))
                    .ToList();
                var nameAt = below.FindIndex(s => IsName(s) && !IsKeyOfValue(s));
                if (nameAt >= 0)
                {
                    var address = below.Skip(nameAt + 1).TakeWhile(s => !s.Text.Contains(':') && !IsKeyOfValue(s)).Take(3).ToList();
                    return new PartyBlock(below[nameAt], address, 0.85 * match.Score);
                }
            }
        }

        return null;
    }

    /// <summary>A key whose value follows after a colon in the next cell ("Nummer   : 549910").</summary>
    private static bool IsKeyOfValue(Segment cell)
    {
        var next = cell.Line.Words.SkipWhile(w => w != cell.Words[^1]).Skip(1).FirstOrDefault();
        return next is not null && next.Text.StartsWith(':');
    }

    /// <summary>Whether a cell reads as a name: letters, not a "Key: value" reference, not mostly digits, not a heading.</summary>
    public static bool IsName(Segment cell)
    {
        var text = cell.Text.Trim();
        var letters = text.Count(char.IsLetter);
        var digits = text.Count(char.IsDigit);
        return letters >= 3 && digits * 2 < letters && !text.Contains(':') && !text.EndsWith(':')
            && !text.Contains('@') && !text.StartsWith("www", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("http", StringComparison.OrdinalIgnoreCase);
    }
}
