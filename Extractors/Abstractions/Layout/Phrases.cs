using Intake.Extractors.Content;

namespace Intake.Extractors.Layout;

/// <summary>Phrases: words that belong together on a line, as opposed to the next column's.</summary>
public static class Phrases
{
    /// <summary>
    /// A gap wider than this (a fraction of the page width) separates columns; a word space is
    /// about a tenth of it, so "Invoice date   03.02.2026   Customer no" splits in three.
    /// </summary>
    public const double ColumnGap = 0.04;

    /// <summary>The words from the first up to the first gap wider than <paramref name="columnGap"/>: beyond it starts the next column (often the next label).</summary>
    /// <param name="words">Words of one line, left to right.</param>
    /// <param name="columnGap">The narrowest gap that separates columns, as a fraction of the page width.</param>
    public static IReadOnlyList<Word> First(IReadOnlyList<Word> words, double columnGap = ColumnGap)
    {
        var phrase = words.Take(1).ToList();
        foreach (var word in words.Skip(1))
        {
            if (word.Box.Left - phrase[^1].Box.Right > columnGap)
            {
                break;
            }

            phrase.Add(word);
        }

        return phrase;
    }
}
