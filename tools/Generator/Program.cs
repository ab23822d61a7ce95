using System.Globalization;
using Intake.Tools.Generator.Layouts;

namespace Intake.Tools.Generator;

/// <summary>
/// <c>dotnet run --project tools/Generator -c Release -- --out DIR --count N --seed S [--no-scans]</c>:
/// writes N statements (truth JSON, text PDF, scanned PDF) into DIR.
/// </summary>
public static class GeneratorProgram
{
    public static async Task<int> Main(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var output = Option("--out");
        if (output is null || args.Contains("--help"))
        {
            Console.Error.WriteLine("usage: Generator --out DIR [--count N] [--seed S] [--no-scans]");
            Console.Error.WriteLine("layouts: " + string.Join(", ", StatementLayouts.All.Select(l => l.Name + (l.HeldOut ? " (held out)" : ""))));
            return 2;
        }

        var count = int.Parse(Option("--count") ?? "10", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed") ?? "1", CultureInfo.InvariantCulture);
        var written = await StatementSet.WriteAsync(Path.GetFullPath(output), count, seed, scans: !args.Contains("--no-scans"));
        foreach (var statement in written)
        {
            Console.WriteLine($"{statement.Statement.Id} {statement.Layout.Name}{(statement.Layout.HeldOut ? " (held out)" : "")}: "
                + $"{statement.Statement.Transactions.Count} transactions");
        }

        Console.WriteLine($"held-out layouts: {string.Join(", ", StatementLayouts.HeldOut.Select(l => l.Name))}");
        return 0;
    }
}
