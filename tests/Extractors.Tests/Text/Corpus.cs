namespace Intake.Extractors.Tests.Text;

/// <summary>The shared corpus (<c>../shared/corpus</c> beside the repository) and scratch files for one test.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "Aspire.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} holds Aspire.sln.");
    });

    public static string File(string relativePath)
    {
        var path = Path.Combine(Root.Value, relativePath);
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException("Corpus file missing.", path);
    }
}

/// <summary>A temporary directory for files a test makes, deleted when the test ends.</summary>
internal sealed class TestDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("intake-text-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
