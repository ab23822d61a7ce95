using Intake.Tools.Generator.Invoices;

namespace Intake.Bench.Accuracy;

/// <summary>
/// What one run measures. Options start with <c>--</c> (<c>--quick</c>, <c>--plugins=DIR</c>);
/// anything else of the form <c>Key=Value</c> is configuration read as the Processor reads its
/// own (<c>Plugins:ClassificationThreshold=0.6</c>, <c>Jobs:Concurrency=2</c>); keys this
/// benchmark has no use for, such as the AppHost's <c>Processor:Replicas</c>, change nothing.
/// </summary>
public sealed record BenchmarkOptions
{
    /// <summary>Documents taken from each corpus folder, in name order; null for all.</summary>
    public int? PerSet { get; init; }

    /// <summary>The plugin directory instead of the Processor's (<c>Plugins:Directory</c>).</summary>
    public string? Plugins { get; init; }

    /// <summary>The corpus folders to run (<c>--sets=invoices,other</c>); null for all.</summary>
    public IReadOnlySet<string>? Sets { get; init; }

    /// <summary>Bank statements generated for the <c>statements</c> set (<c>--statements=40</c>); with <c>--quick</c>, <see cref="PerSet"/>.</summary>
    public int Statements { get; init; } = 40;

    /// <summary>The generator's seed (<c>--statement-seed=7</c>): fixed, so runs compare.</summary>
    public int StatementSeed { get; init; } = 7;

    /// <summary>Which renderings of each statement to run (<c>--statement-kinds=text</c> skips the scans' OCR while iterating).</summary>
    public IReadOnlySet<Accuracy.Statements.StatementKind> StatementKinds { get; init; } = new HashSet<Accuracy.Statements.StatementKind> { Accuracy.Statements.StatementKind.Text, Accuracy.Statements.StatementKind.Scan };

    /// <summary>Invoices generated for the <c>generated</c> sets, three of each layout; with <c>--quick</c>, <see cref="PerSet"/>.</summary>
    public int GeneratedInvoices { get; init; } = InvoiceLayouts.All.Count * 3;

    /// <summary>Receipts generated for the <c>generated</c> sets; with <c>--quick</c>, <see cref="PerSet"/>.</summary>
    public int GeneratedReceipts { get; init; } = 16;

    /// <summary>Which renderings of the generated invoices and receipts to run (<c>--generated-renderings=text</c> skips the scans' OCR).</summary>
    public IReadOnlySet<Generated.GeneratedRendering> GeneratedRenderings { get; init; } =
        new HashSet<Generated.GeneratedRendering> { Generated.GeneratedRendering.Text, Generated.GeneratedRendering.Scan };

    /// <summary>The seed of the generated invoices and receipts (<c>--generated-seed=7</c>): fixed, so runs compare.</summary>
    public int GeneratedSeed { get; init; } = 7;

    public string[] Configuration { get; init; } = [];

    /// <summary>A smoke run: a few documents of each folder; its figures are not the benchmark's.</summary>
    public static BenchmarkOptions Quick => new() { PerSet = 3 };

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = args.Contains("--quick") ? Quick : new BenchmarkOptions();
        foreach (var arg in args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--quick"))
        {
            var (name, value) = (arg.Split('=', 2)[0], arg.Split('=', 2).ElementAtOrDefault(1) ?? "");
            options = name switch
            {
                "--plugins" when value.Length > 0 => options with { Plugins = Path.GetFullPath(value) },
                "--sets" when value.Length > 0 => options with { Sets = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) },
                "--statements" when int.TryParse(value, out var count) && count > 0 => options with { Statements = count },
                "--statement-seed" when int.TryParse(value, out var seed) => options with { StatementSeed = seed },
                "--generated-seed" when int.TryParse(value, out var seed) => options with { GeneratedSeed = seed },
                "--generated-renderings" when value.Length > 0 => options with { GeneratedRenderings = EnumSet<Generated.GeneratedRendering>(value) },
                "--statement-kinds" when value.Length > 0 => options with { StatementKinds = EnumSet<Accuracy.Statements.StatementKind>(value) },
                _ => throw new ArgumentException($"Unknown option {arg}; see bench/README.md."),
            };
        }

        return options with { Configuration = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() };
    }

    /// <summary>"text,scan" → the enum's values, case ignored.</summary>
    private static HashSet<T> EnumSet<T>(string value) where T : struct, Enum =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(k => Enum.Parse<T>(k, ignoreCase: true)).ToHashSet();
}
