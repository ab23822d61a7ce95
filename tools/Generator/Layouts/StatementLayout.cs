namespace Intake.Tools.Generator.Layouts;

/// <summary>
/// One way a bank prints a statement: its language, words, formats and table. Layouts are data,
/// so one renderer draws them all; <see cref="HeldOut"/> layouts are kept away from tuning.
/// </summary>
public sealed record StatementLayout(
    string Name,
    string Language,
    bool HeldOut,
    string Title,
    LayoutLabels Labels,
    IReadOnlyList<Column> Columns,
    DateStyle Dates,
    NumberStyle Numbers,
    IReadOnlyList<string> Currencies,
    IbanCountry? Iban,
    int RowsPerPage,
    bool WrapDescriptions = false,
    bool BalancesInTable = false,
    bool CurrencyInHeaders = false,
    NegativeStyle? BalanceNegative = null,
    DateStyle? PeriodDates = null)
{
    public bool HasColumn(ColumnKind kind) => Columns.Any(c => c.Kind == kind);

    /// <summary>How the heading prints the period: a table may leave the year out, the heading never does.</summary>
    public DateStyle PeriodDateStyle => PeriodDates ?? Dates;
}

/// <summary>The words a layout prints around the table. <c>{0}</c>, <c>{1}</c> are filled in.</summary>
public sealed record LayoutLabels(
    string AccountHolder,
    string AccountNumber,
    string Iban,
    string Period,
    string PeriodRange,
    string Currency,
    string OpeningBalance,
    string ClosingBalance,
    string CarriedForward,
    string BroughtForward,
    string PageOf,
    string Footer);

/// <summary>The country whose IBANs a layout prints: ISO code and BBAN shape ('9' a digit, 'A' a letter, 'X' either).</summary>
public sealed record IbanCountry(string Code, string BbanShape);
