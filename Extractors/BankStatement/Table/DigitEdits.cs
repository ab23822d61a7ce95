namespace Intake.Extractors.BankStatements.Table;

/// <summary>How many digits OCR must have misread, dropped or added to turn one digit string into another (Levenshtein distance).</summary>
internal static class DigitEdits
{
    public static int Between(string read, string actual)
    {
        var previous = Enumerable.Range(0, actual.Length + 1).ToArray();
        for (var i = 1; i <= read.Length; i++)
        {
            var current = new int[actual.Length + 1];
            current[0] = i;
            for (var j = 1; j <= actual.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (read[i - 1] == actual[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[actual.Length];
    }
}
