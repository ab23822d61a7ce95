namespace Intake.Extractors.Parsing;

/// <summary>
/// What settles a numeric date that reads both ways (05/06/2018): an explicit <see cref="Order"/>,
/// else the first of <see cref="Languages"/> (most likely first) — a tag with the region
/// <c>US</c> (<c>en-US</c>) means month first, any other tag (<c>en</c>, <c>en-GB</c>, <c>de</c>,
/// <c>fr</c>) day first — else day first, because Intake's documents are mostly European.
/// </summary>
public sealed record DateHints
{
    /// <summary>No hints: ambiguous dates are read day first.</summary>
    public static DateHints None { get; } = new();

    /// <summary>Language tags (BCP 47, <c>de</c>, <c>en-US</c>), most likely first.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>When set, wins over <see cref="Languages"/>.</summary>
    public DateOrder? Order { get; init; }

    /// <summary>Hints from language tags, most likely first.</summary>
    public static DateHints ForLanguages(params IEnumerable<string> languages) => new() { Languages = languages.ToList() };

    /// <summary>Hints from what the Processor knows about the document.</summary>
    public static DateHints From(ExtractionContext context) => ForLanguages(context.Languages);

    /// <summary>The order to read an ambiguous date in, and why, for the date's note.</summary>
    internal (DateOrder Order, string Reason) Resolve()
    {
        if (Order is { } order)
        {
            return (order, "the order given in the hints");
        }

        var language = Languages.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (language is null)
        {
            return (DateOrder.DayMonthYear, "no language hint, day first by default");
        }

        var region = language.Split('-', '_').Skip(1).FirstOrDefault(part => part.Length == 2);
        return string.Equals(region, "US", StringComparison.OrdinalIgnoreCase)
            ? (DateOrder.MonthDayYear, $"language {language}")
            : (DateOrder.DayMonthYear, $"language {language}");
    }
}
