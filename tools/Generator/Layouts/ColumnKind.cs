namespace Intake.Tools.Generator.Layouts;

/// <summary>What a transaction table's column shows.</summary>
public enum ColumnKind
{
    Date,
    ValueDate,
    Description,
    /// <summary>Money leaving the account, printed unsigned.</summary>
    Debit,
    /// <summary>Money coming in, printed unsigned.</summary>
    Credit,
    /// <summary>One signed amount column.</summary>
    Amount,
    Balance,
}

/// <summary>A column: what it shows, its header and its width in points.</summary>
public sealed record Column(ColumnKind Kind, string Header, double Width)
{
    public bool IsNumeric => Kind is ColumnKind.Debit or ColumnKind.Credit or ColumnKind.Amount or ColumnKind.Balance;
}
