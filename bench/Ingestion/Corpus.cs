using Intake.AppHost.Hosting;

namespace Intake.Bench.Ingestion;

/// <summary>Files of ../shared/corpus, which sits beside the checkout (as the tests find it).</summary>
public static class Corpus
{
    public static string RepositoryRoot { get; } = Intake.AppHost.Hosting.RepositoryRoot.Find();

    public static string Directory(string name) => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", name));

    /// <summary><paramref name="count"/> files of a corpus folder in name order, starting over when it has fewer.</summary>
    public static IReadOnlyList<string> Take(string folder, string pattern, int count)
    {
        var files = System.IO.Directory.GetFiles(Directory(folder), pattern).Order(StringComparer.Ordinal).ToList();
        return files.Count == 0
            ? throw new DistributedApplicationException($"No {pattern} in {Directory(folder)}.")
            : Enumerable.Range(0, count).Select(i => files[i % files.Count]).ToList();
    }

    /// <summary>The corpus invoice nearest 50 KB: a real PDF, whose type and page count the Api reads from its bytes.</summary>
    public static string InvoiceNear(long bytes) =>
        System.IO.Directory.GetFiles(Directory("invoices"), "*.pdf").MinBy(f => Math.Abs(new FileInfo(f).Length - bytes))!;
}
