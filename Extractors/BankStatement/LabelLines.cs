using Intake.Extractors.Content;

namespace Intake.Extractors.BankStatements;

/// <summary>
/// A cheap first pass before <see cref="Parsing.LabelMatcher"/>, whose edit distances over every
/// run of words of every line cost too much on long statements: only lines with a word that
/// begins as one of the labels' words do (three letters, case-insensitive), so a label OCR
/// garbled in every word is missed, one with a word intact is not.
/// </summary>
internal static class LabelLines
{
    private const int PrefixLength = 3;

    public static IEnumerable<Line> Candidates(IEnumerable<Line> lines, IEnumerable<string> labels)
    {
        var prefixes = labels.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('.', ':', '(', ')'))
            .Where(w => w.Length >= PrefixLength)
            .Select(w => w[..PrefixLength].ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        return lines.Where(line => line.Words.Any(w =>
        {
            var text = w.Text.TrimStart('(', '"', '\'');
            return text.Length >= PrefixLength && prefixes.Contains(text[..PrefixLength].ToLowerInvariant());
        }));
    }
}
