namespace Intake.Extractors.BankStatements.Table;

/// <summary>What a column of a transaction table holds.</summary>
internal enum ColumnRole
{
    Date,
    ValueDate,
    Description,
    /// <summary>Money out, printed unsigned: the transaction's amount is its negative.</summary>
    Debit,
    /// <summary>Money in, printed unsigned.</summary>
    Credit,
    /// <summary>One column of signed amounts.</summary>
    Amount,
    Balance,
}

internal static class ColumnRoles
{
    /// <summary>Money columns are right-aligned: their values end under the header's right edge.</summary>
    public static bool IsMoney(this ColumnRole role) => role is ColumnRole.Debit or ColumnRole.Credit or ColumnRole.Amount or ColumnRole.Balance;
}
