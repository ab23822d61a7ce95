using Intake.Tools.Generator.Layouts;

namespace Intake.Tools.Generator.Statements;

/// <summary>
/// Invents a statement for a layout: a calendar month, a few to several dozen transactions
/// in date order, a running balance that may dip below zero. The same random sequence gives
/// the same statement.
/// </summary>
public static class StatementFactory
{
    /// <summary>The fewest and most transactions: enough to run over two or three pages.</summary>
    private const int MinTransactions = 6;
    private const int MaxTransactions = 55;

    public static Statement Create(string id, StatementLayout layout, Random random, int maxDescriptionCharacters)
    {
        var (banks, payees) = layout.Language[..2] switch
        {
            "de" => (Vocabulary.GermanBanks, Vocabulary.German),
            "fr" => (Vocabulary.FrenchBanks, Vocabulary.French),
            _ => (Vocabulary.EnglishBanks, Vocabulary.English),
        };
        var start = new DateOnly(2025 + random.Next(2), 1 + random.Next(12), 1);
        var end = start.AddMonths(1).AddDays(-1);
        var opening = Math.Round((decimal)(random.NextDouble() * 6000 - 300), 2);
        var count = random.Next(MinTransactions, MaxTransactions + 1);
        var dates = Enumerable.Range(0, count).Select(_ => start.AddDays(random.Next(end.Day))).Order().ToList();
        var usable = payees.Where(p => p.Text.Length + 2 <= maxDescriptionCharacters).ToArray();

        var balance = opening;
        var transactions = new List<Transaction>(count);
        foreach (var date in dates)
        {
            var (text, size, credit) = usable[random.Next(usable.Length)];
            var description = text.Replace("{n}", random.Next(1000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var amount = Math.Round(size * (decimal)(0.4 + random.NextDouble() * 1.2), 2);
            amount = Math.Max(0.01m, amount) * (credit ? 1 : -1);
            balance += amount;
            transactions.Add(new Transaction(date, date.AddDays(random.Next(3)), description, amount, balance));
        }

        var holder = $"{Vocabulary.GivenNames[random.Next(Vocabulary.GivenNames.Length)]} {Vocabulary.FamilyNames[random.Next(Vocabulary.FamilyNames.Length)]}";
        var accountNumber = string.Concat(Enumerable.Range(0, 8 + random.Next(3)).Select(_ => (char)('0' + random.Next(10))));
        return new Statement(
            id, layout.Name, banks[random.Next(banks.Length)], holder, accountNumber,
            layout.Iban is { } country ? IbanNumbers.Create(country, random) : null,
            start, end, layout.Currencies[random.Next(layout.Currencies.Count)], opening, transactions);
    }
}
