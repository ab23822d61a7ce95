using System.Runtime.CompilerServices;
using Intake.Extractors.Content;

namespace Intake.Extractors.Invoices.Layout;

/// <summary>
/// Drops text that runs vertically (margin notes, copyright lines printed up the page edge).
/// Such a word's box is one glyph wide and many lines tall, so it overlaps several real lines
/// and would glue them into one when reading order is built; it is never part of the document's
/// fields either.
/// </summary>
internal static class UprightText
{
    /// <summary>A word this many times taller than its line height per glyph is vertical text.</summary>
    private const double VerticalAspect = 1.5;

    /// <summary>
    /// The content without its vertical words: the same instance when it has none. Worked out once
    /// per content, so that classifying and extracting see the same lines and share what is
    /// remembered about them (their amounts, their normalised words).
    /// </summary>
    public static DocumentContent Of(DocumentContent content) => Upright.GetValue(content, static c => Arrange(c));

    private static readonly ConditionalWeakTable<DocumentContent, DocumentContent> Upright = [];

    private static DocumentContent Arrange(DocumentContent content)
    {
        if (!content.Pages.Any(p => p.Words.Any(w => IsVertical(w, p))))
        {
            return content;
        }

        var pages = content.Pages
            .Select(p => p with { Lines = ReadingOrder.Arrange(p.Words.Where(w => !IsVertical(w, p))) })
            .ToList();
        return content with { Pages = pages };
    }

    private static bool IsVertical(Word word, Page page)
    {
        var width = word.Box.Width * page.Width;
        var height = word.Box.Height * page.Height;
        return word.Text.Length >= 2 && height > width * VerticalAspect;
    }
}
