using System.Runtime.CompilerServices;
using Intake.Extractors.Content;

namespace Intake.Extractors.Parsing;

/// <summary>
/// A line's runs of consecutive words, joined and put through <see cref="LabelText.Normalize"/>,
/// worked out once per line and run length however many labels are looked for on it. Kept beside
/// the line for as long as the line lives, since a document is searched for many labels in turn.
/// </summary>
internal sealed class LineRuns
{
    private static readonly ConditionalWeakTable<Line, LineRuns> Cache = [];

    private readonly Line _line;
    private string[]?[] _byLength = [];

    private LineRuns(Line line) => _line = line;

    public static LineRuns Of(Line line) => Cache.GetValue(line, static l => new LineRuns(l));

    /// <summary>The normalised runs of <paramref name="length"/> words, indexed by their first word.</summary>
    public string[] OfLength(int length)
    {
        var byLength = Volatile.Read(ref _byLength);
        if (length < byLength.Length && byLength[length] is { } known)
        {
            return known;
        }

        var words = _line.Words;
        var runs = new string[Math.Max(0, words.Count - length + 1)];
        for (var first = 0; first < runs.Length; first++)
        {
            runs[first] = LabelText.Normalize(string.Concat(words.Skip(first).Take(length).Select(w => w.Text)));
        }

        // Threads racing here each publish their own copy; one may drop a length another just added,
        // which is only worked out again: every copy holds the same runs.
        var grown = new string[]?[Math.Max(byLength.Length, length + 1)];
        byLength.CopyTo(grown, 0);
        grown[length] = runs;
        Volatile.Write(ref _byLength, grown);
        return runs;
    }
}
