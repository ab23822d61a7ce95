using Intake.AppHost.Hosting;

namespace Intake.Testing;

/// <summary>Files of ../shared/corpus, which CI places beside the checkout.</summary>
public static class SharedCorpus
{
    public static string Root => PathOf(".");

    public static string PathOf(string file) => Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "corpus", file));

    public static byte[] Read(string file) => File.ReadAllBytes(PathOf(file));
}
