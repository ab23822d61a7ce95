using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Bench.Accuracy.Generated;
using Intake.Bench.Accuracy.Scoring;
using Intake.Bench.Accuracy.Statements;
using Intake.Processor.Plugins;

namespace Intake.Bench.Accuracy;

/// <summary>One run's figures as written to bench/results/accuracy.json, and their summary for people.</summary>
public sealed record AccuracyResults(
    Machine Machine,
    DateTimeOffset Date,
    bool Quick,
    PluginsSeen Plugins,
    IReadOnlyDictionary<string, SetResults> Sets,
    ClassificationResults Classification,
    StatementResults? BankStatements,
    IReadOnlyList<Goal> Goals,
    Timings Timings,
    IReadOnlyList<DocumentScore> Documents,
    GeneratedResults? Generated)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Read by people too: keep apostrophes, umlauts and the like as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [JsonPropertyOrder(-1)]
    public string Scoring => "Per set and field: correct / documents whose truth has a value. A field counts only when the document was "
        + "classified as its folder's type. Amounts ±0.005; dates as calendar dates (receipts' printed dates day first); invoice numbers, "
        + "currencies and the receipts' exact fields after trimming and collapsing whitespace; *Similar and vendorName: case-insensitive "
        + "Levenshtein similarity ≥ 0.8 (vendorName also: one contained in the other on word boundaries, at least a third as long); "
        + "items: the row count of table 'items' equals lineItemCount. Bank statements: transactions exact (date, signed amount, balance and "
        + "description after collapsing whitespace, case-insensitive) and values exact (without the description) out of the truth's transactions, "
        + "per text/scan and tuned/held-out layouts. Generated invoices and receipts: the corpus sets' metrics on the generator's layouts, "
        + "per text/scan and tuned/held-out layouts, apart from the corpus figures and without goals. fieldsFoundInText: a metric scored without "
        + "the documents whose truth is nowhere in the document's text (invoiceNumber: its characters, whitespace, case and hyphens ignored; "
        + "invoiceDate: its year, four digits, or two beside a date separator or month name), "
        + "where any is; each such verdict says inText: false. Goals are judged on fields. See bench/README.md.";

    public static AccuracyResults Create(
        BenchmarkOptions options, PluginCatalog catalog, AccuracyScore score, StatementResults? statements, IReadOnlyList<SetTiming> timings, TimeSpan wall,
        AccuracyScore? generated = null) => new(
        new Machine(Environment.ProcessorCount, RuntimeInformation.OSDescription),
        DateTimeOffset.UtcNow,
        options.PerSet is not null,
        new PluginsSeen(
            catalog.Directory,
            catalog.Plugins.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new PluginSeen(p.Name, p.Extractors.Select(e => $"{e.DocumentType} {e.Descriptor.Version}").ToList())).ToList(),
            catalog.Failures),
        score.Sets.ToDictionary(s => s.Folder, s => SetResults.Of(s)),
        new ClassificationResults(score.Classification.Correct, score.Classification.Total, score.Classification.Accuracy,
            score.Misclassified.Count(m => m.Expected is null), score.Misclassified),
        statements,
        AccuracyGoals.Evaluate(score, statements),
        new Timings(Math.Round(wall.TotalSeconds, 2), timings),
        score.Documents,
        generated is null ? null : GeneratedResults.Of(options.GeneratedSeed, generated));

    public async Task WriteAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json));
        Console.WriteLine($"wrote {path}");
    }

    public void PrintSummary(TextWriter output)
    {
        if (Quick)
        {
            output.WriteLine("quick run: a few documents per folder; these are not the benchmark's figures");
        }

        output.WriteLine($"plugins from {Plugins.Directory}: "
            + (Plugins.Loaded.Count == 0 ? "none" : string.Join(", ", Plugins.Loaded.Select(p => $"{p.Name} ({string.Join(", ", p.Extractors)})")))
            + (Plugins.Failures.Count == 0 ? "" : $"; {Plugins.Failures.Count} failed to load"));
        PrintSets(output, Sets, "");

        output.WriteLine($"classification {Classification.Correct}/{Classification.Total} {Percent(Classification.Accuracy)}; "
            + $"{Classification.OtherClassified} of other classified; {Classification.Misclassified.Count} misclassified"
            + (Classification.Misclassified.Count == 0 ? "" : ": " + string.Join(", ", Classification.Misclassified.Take(8).Select(m => m.Document))
                + (Classification.Misclassified.Count > 8 ? ", …" : "")));
        if (BankStatements is not null)
        {
            output.WriteLine($"bank statements (seed {BankStatements.Seed}; held-out layouts {string.Join(", ", BankStatements.HeldOutLayouts)}):");
            foreach (var (set, split) in BankStatements.Sets)
            {
                output.WriteLine($"  {set,-28} transactions exact {Percent(split.TransactionsExact.Accuracy)} ({split.TransactionsExact.Correct}/{split.TransactionsExact.Total}), "
                    + $"values exact {Percent(split.ValuesExact.Accuracy)}, unmatched rows {split.UnmatchedRows}, reconciled {split.Reconciled.Correct}/{split.Reconciled.Total}");
            }
        }
        Generated?.PrintSummary(output);
        output.WriteLine("goals:");
        foreach (var goal in Goals)
        {
            var target = goal.Name == "other.classified" ? "0" : $"{goal.Target:P0}";
            var actual = goal.Name == "other.classified" ? $"{goal.Actual}" : Percent(goal.Actual);
            output.WriteLine($"  {goal.Name,-30} {goal.Rule} {target,-4} {actual,6}  {(goal.Met ? "met" : "MISSED")}");
        }

        output.WriteLine($"time {Timings.WallSeconds:0.0} s: " + string.Join(", ", Timings.Sets.Select(
            t => $"{t.Set} {t.WallSeconds:0.0} s (text {t.MeanTextMs:0} ms, extraction {t.MeanExtractionMs:0} ms per document)")));
    }

    internal static void PrintSets(TextWriter output, IReadOnlyDictionary<string, SetResults> sets, string indent)
    {
        foreach (var (folder, set) in sets)
        {
            output.WriteLine($"{indent}{folder} ({set.Documents} documents, {set.ClassifiedAsExpected} classified as {set.ExpectedType ?? "nothing"})");
            foreach (var (metric, tally) in set.Fields)
            {
                var found = set.FieldsFoundInText?.GetValueOrDefault(metric);
                output.WriteLine($"{indent}  {metric,-24} {tally.Correct,3}/{tally.Total,-3} {Percent(tally.Accuracy)}"
                    + (found is null ? "" : $"   ({found.Correct}/{found.Total} {Percent(found.Accuracy)} of the truths found in the text)"));
            }
        }
    }

    internal static string Percent(double? accuracy) => accuracy is { } a ? $"{a:P1}" : "n/a";
}

public sealed record Machine(int Cores, string Os);

public sealed record PluginsSeen(string Directory, IReadOnlyList<PluginSeen> Loaded, IReadOnlyDictionary<string, string> Failures);

public sealed record PluginSeen(string Name, IReadOnlyList<string> Extractors);

/// <param name="FieldsFoundInText">
/// Metrics some of whose truths are nowhere in the document's text, scored without those: what
/// reading the page can reach. Goals are judged on <paramref name="Fields"/>.
/// </param>
public sealed record SetResults(
    string? ExpectedType, int Documents, int ClassifiedAsExpected, IReadOnlyDictionary<string, Tally> Fields,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, Tally>? FieldsFoundInText = null)
{
    public static SetResults Of(SetScore set) =>
        new(set.ExpectedType, set.Documents, set.ClassifiedAsExpected, set.Fields, set.FieldsFoundInText.Count == 0 ? null : set.FieldsFoundInText);
}

public sealed record ClassificationResults(int Correct, int Total, double? Accuracy, int OtherClassified, IReadOnlyList<Misclassification> Misclassified);

public sealed record Timings(double WallSeconds, IReadOnlyList<SetTiming> Sets);

/// <summary>One set's time: wall clock with <c>Jobs:Concurrency</c> documents at once, and the mean per document of each stage.</summary>
public sealed record SetTiming(string Set, int Documents, double WallSeconds, double MeanTextMs, double MeanExtractionMs, int TextFailures, int ExtractionFailures)
{
    public static SetTiming Of(string set, IReadOnlyList<DocumentObservation> observations, TimeSpan wall) => new(
        set,
        observations.Count,
        Math.Round(wall.TotalSeconds, 2),
        Math.Round(observations.Select(o => o.TextTime.TotalMilliseconds).DefaultIfEmpty().Average(), 1),
        Math.Round(observations.Select(o => o.ExtractionTime.TotalMilliseconds).DefaultIfEmpty().Average(), 1),
        observations.Count(o => o.TextError is not null),
        observations.Count(o => o.ExtractionError is not null));
}
