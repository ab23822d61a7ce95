namespace Intake.Extractors.BankStatements.Table;

/// <summary>A balance the statement states outright (labelled above the table, or a line in it), with how sure its reading is (0..1).</summary>
internal readonly record struct StatedBalance(decimal Value, double Confidence);
