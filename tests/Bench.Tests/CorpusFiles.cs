using Intake.AppHost.Hosting;

namespace Intake.Bench.Tests;

/// <summary>../shared/corpus, beside the checkout, as the benchmark finds it.</summary>
public static class CorpusFiles
{
    public static string Directory { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "corpus"));
}
