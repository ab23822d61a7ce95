namespace Intake.Bench.Webhooks;

/// <summary>
/// What one run measures. Options start with <c>--</c> (<c>--quick</c>, <c>--events=20000</c>,
/// <c>--seconds=20</c>, <c>--rates=200,1000</c>); anything else of the form <c>Key=Value</c> is
/// AppHost configuration (<c>Notifier:Replicas=2</c>).
/// </summary>
public sealed record BenchmarkOptions
{
    /// <summary>Events committed as fast as possible for the sustained rate.</summary>
    public int Events { get; init; } = 20_000;

    /// <summary>Events per transaction in the sustained phase; one wake-up each.</summary>
    public int EventsPerTransaction { get; init; } = 100;

    /// <summary>How long each steady rate runs.</summary>
    public int Seconds { get; init; } = 20;

    /// <summary>Steady rates, events per second, one event per transaction; the first is the latency goal's.</summary>
    public IReadOnlyList<int> Rates { get; init; } = [200, 1000];

    /// <summary>How long the bare HttpClient loop runs.</summary>
    public int BareSeconds { get; init; } = 10;

    /// <summary>Requests the bare loop has in flight (the Notifier allows up to Delivery:MaxInFlight, 256, and 32 per endpoint).</summary>
    public int BareConcurrency { get; init; } = 64;

    public string[] AppHostArgs { get; init; } = [];

    /// <summary>A smoke run: every phase, small enough to finish in about a minute.</summary>
    public static BenchmarkOptions Quick => new() { Events = 2_000, Seconds = 5, BareSeconds = 3 };

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = args.Contains("--quick") ? Quick : new BenchmarkOptions();
        foreach (var arg in args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--quick"))
        {
            var (name, value) = (arg.Split('=', 2)[0], arg.Split('=', 2).ElementAtOrDefault(1) ?? "");
            options = name switch
            {
                "--events" => options with { Events = int.Parse(value) },
                "--seconds" => options with { Seconds = int.Parse(value), BareSeconds = Math.Min(options.BareSeconds, int.Parse(value)) },
                "--rates" => options with { Rates = value.Split(',').Select(int.Parse).ToList() },
                _ => throw new ArgumentException($"Unknown option {arg}; see bench/README.md."),
            };
        }

        return options with { AppHostArgs = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray() };
    }
}
