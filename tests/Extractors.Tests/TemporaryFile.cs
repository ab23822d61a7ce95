namespace Intake.Extractors.Tests;

/// <summary>A path in the temporary directory for a file a test writes, deleted when the test is done.</summary>
internal sealed class TemporaryFile(string extension) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"intake-extractors-test-{Guid.NewGuid():N}{extension}");

    public void Dispose() => File.Delete(Path);
}
