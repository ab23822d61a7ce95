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

    public static DocumentContent Of(DocumentContent content)
    {
        if (!content.Pages.Any(p => p.Words.Any(w => IsVertical(w, p))))
        {
            return content;
        }

        var pages = content.Pages
            .Select(p => p with { Lines = ReadingOrder.Arrange(p.Words.Where(w => !IsVertical(w, p))) })
            .ToList();
        return new DocumentContent(pages);
    }

    private static bool IsVertical(Word word, Page page)
    {
        var width = word.Box.Width * page.Width;
        var height = word.Box.Height * page.Height;
        return word.Text.Length >= 2 && height > width * VerticalAspect;
    }
}
