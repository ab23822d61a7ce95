namespace Intake.Bench.Ingestion;

/// <summary>
/// What one run measures. Options start with <c>--</c> (<c>--quick</c>, <c>--pdfs=40</c>,
/// <c>--images=20</c>, <c>--uploads=3000</c>, <c>--concurrency=8,16,32</c>); anything else of
/// the form <c>Key=Value</c> is AppHost configuration (<c>Processor:Replicas=2</c>).
/// </summary>
public sealed record BenchmarkOptions
{
    /// <summary>Text PDFs: each takes pdftotext milliseconds, so enough of them for a few seconds' run.</summary>
    public int Pdfs { get; init; } = 120;

    /// <summary>Every receipt photo of the corpus: with fewer, the last run alone on a core and the first ones' JIT weigh too much.</summary>
    public int Images { get; init; } = 60;

    /// <summary>Uploads sent at each concurrency.</summary>
    public int Uploads { get; init; } = 3000;

    public IReadOnlyList<int> Concurrencies { get; init; } = [8, 16, 32];

    public string[] AppHostArgs { get; init; } = [];

    /// <summary>A smoke run: every phase, small enough to finish in about a minute.</summary>
    public static BenchmarkOptions Quick => new() { Pdfs = 6, Images = 4, Uploads = 300, Concurrencies = [8, 32] };

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = args.Contains("--quick") ? Quick : new BenchmarkOptions();
        foreach (var arg in args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--quick"))
        {
            var (name, value) = (arg.Split('=', 2)[0], arg.Split('=', 2).ElementAtOrDefault(1) ?? "");
            options = name switch
            {
                "--pdfs" => options with { Pdfs = int.Parse(value) },
                "--images" => options with { Images = int.Parse(value) },
                "--uploads" => options with { Uploads = int.Parse(value) },
                "--concurrency" => options with { Concurrencies = value.Split(',').Select(int.Parse).ToList() },
                _ => throw new ArgumentException($"Unknown option {arg}; see bench/README.md."),
            };
        }

        return options with { AppHostArgs = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() };
    }
}
