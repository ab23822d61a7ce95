using System.Text.Json;
using Intake.Bench.PluginSpeed;
using Intake.Extractors;
using Intake.Extractors.BankStatements;
using Intake.Extractors.Invoices;
using Intake.Extractors.Receipts;

// Options: --reps=N (repetitions at least, default 5), --seconds=S (and at least this long per plugin and folder, default 2),
// --quick (one repetition: a smoke run), --no-text-cache (read the corpus with pdftotext/tesseract again instead of the cached words).
// Other arguments (Key=Value, given to every benchmark by ./build.sh bench) change nothing here.
var quick = args.Contains("--quick");
var reps = int.Parse(Option("--reps") ?? (quick ? "1" : "5"), System.Globalization.CultureInfo.InvariantCulture);
var seconds = double.Parse(Option("--seconds") ?? (quick ? "0" : "2"), System.Globalization.CultureInfo.InvariantCulture);
var root = RepositoryRoot();
var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
var results = Path.Combine(root, "bench", "results");
var folders = new[] { "invoices", "receipts", "other" };

var documents = await CorpusText.ReadAsync(
    corpus, folders, args.Contains("--no-text-cache") ? null : Path.Combine(results, "plugin-speed-text.cache.json"));
Console.WriteLine($"Read {documents.Count} documents from {corpus}.");

var plugins = new (IDocumentExtractor Plugin, string? OwnFolder)[]
{
    (new InvoiceExtractor(), "invoices"),
    (new ReceiptExtractor(), "receipts"),
    (new BankStatementExtractor(), null),
};
var run = new SpeedRun(documents, reps, TimeSpan.FromSeconds(seconds));
var timings = plugins.SelectMany(p => run.Measure(p.Plugin, p.OwnFolder)).ToList();

Console.WriteLine($"{"plugin",-16}{"folder",-10}{"operation",-18}{"docs",6}{"calls",7}{"mean ms",10}{"p95 ms",10}");
foreach (var t in timings)
{
    Console.WriteLine($"{t.Plugin,-16}{t.Folder,-10}{t.Operation,-18}{t.Documents,6}{t.Calls,7}{t.MeanMs,10:F3}{t.P95Ms,10:F3}");
}

Directory.CreateDirectory(results);
var output = Path.Combine(results, "plugin-speed.json");
var report = new { Date = DateTimeOffset.UtcNow, Environment.ProcessorCount, Repetitions = reps, SecondsPerFolder = seconds, Timings = timings };
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
Console.WriteLine($"Wrote {output}.");

string? Option(string name) =>
    args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Aspire.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from within the repository: Aspire.sln was not found above the benchmark.");
}
