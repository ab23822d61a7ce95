namespace Intake.Extractors.Content;

/// <summary>
/// Everything the text acquisition read from a document, which is all an extractor sees:
/// pages → lines → words, each word with its box and confidence, in reading order.
/// </summary>
public sealed record DocumentContent(IReadOnlyList<Page> Pages)
{
    /// <summary>The whole text: lines joined by newlines, pages by a form feed.</summary>
    public string Text => string.Join("\n\f", Pages.Select(p => p.Text));

    /// <summary>Every line of every page, in reading order, with its page.</summary>
    public IEnumerable<(Page Page, Line Line)> Lines => Pages.SelectMany(p => p.Lines.Select(l => (p, l)));

    /// <summary>
    /// XML files embedded in a PDF (an e-invoice's data, for one), read apart from the pages;
    /// empty for images and for PDFs that carry none.
    /// </summary>
    public IReadOnlyList<EmbeddedFile> EmbeddedFiles { get; init; } = [];

    /// <summary>True when no page holds a line: nothing was read, so there is nothing to extract.</summary>
    public bool IsEmpty => Pages.All(p => p.Lines.Count == 0);
}
