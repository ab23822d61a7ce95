using System.Globalization;
using Intake.Tools.Generator.Layouts;
using Intake.Tools.Generator.Rendering;
using Intake.Tools.Generator.Scanning;
using Intake.Tools.Generator.Statements;

namespace Intake.Tools.Generator;

/// <summary>One generated statement on disk: its truth, its text PDF and (when asked for) its scanned PDF.</summary>
public sealed record GeneratedStatement(Statement Statement, StatementLayout Layout, string TruthPath, string TextPdfPath, string? ScannedPdfPath);

/// <summary>
/// A set of statements from one seed: statement i takes layout i modulo the layouts, so every
/// layout is drawn about equally, and its own random sequence seeded from the set's seed and i,
/// so a statement stays the same whatever the set's size.
/// </summary>
public static class StatementSet
{
    public static IReadOnlyList<(Statement Statement, StatementLayout Layout)> Create(int count, int seed) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var layout = StatementLayouts.All[(i - 1) % StatementLayouts.All.Count];
            var random = new Random(StatementSeed(seed, i));
            var id = "statement-" + i.ToString("000", CultureInfo.InvariantCulture);
            return (StatementFactory.Create(id, layout, random, StatementPdfWriter.MaxDescriptionCharacters(layout)), layout);
        }).ToList();

    /// <summary>Writes <c>statement-NNN.json</c>, <c>statement-NNN.pdf</c> and, with <paramref name="scans"/>, <c>statement-NNN-scan.pdf</c> into <paramref name="directory"/>.</summary>
    public static async Task<IReadOnlyList<GeneratedStatement>> WriteAsync(
        string directory, int count, int seed, bool scans, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<GeneratedStatement>();
        foreach (var (statement, layout) in Create(count, seed))
        {
            var stem = Path.Combine(directory, statement.Id);
            await File.WriteAllTextAsync(stem + ".json", GroundTruth.ToJson(statement, layout), cancellationToken);
            await File.WriteAllBytesAsync(stem + ".pdf", StatementPdfWriter.Render(statement, layout), cancellationToken);
            string? scan = null;
            if (scans)
            {
                scan = stem + "-scan.pdf";
                await ScannedPdfWriter.WriteAsync(stem + ".pdf", scan, StatementSeed(seed, written.Count + 1) ^ 0x5CA7, cancellationToken);
            }

            written.Add(new GeneratedStatement(statement, layout, stem + ".json", stem + ".pdf", scan));
        }

        return written;
    }

    /// <summary>A statement's own seed; not HashCode.Combine, whose results change from one process to the next.</summary>
    private static int StatementSeed(int seed, int index) => unchecked(seed * 7919 + index * 104729) & int.MaxValue;
}
