using System.Reflection;
using System.Runtime.Loader;

namespace Intake.Processor.Plugins;

/// <summary>
/// One plugin's own, collectible assembly world: its dependencies resolve from its folder
/// (through its .deps.json), so two plugins may carry two versions of the same library.
/// Only the SDK is shared with the host, so that both mean the same IDocumentExtractor.
/// Assemblies are read into memory, so the folder's files stay free to be replaced.
/// </summary>
public sealed class PluginLoadContext(string mainAssemblyPath)
    : AssemblyLoadContext($"plugin:{Path.GetFileName(Path.GetDirectoryName(mainAssemblyPath))}", isCollectible: true)
{
    public static readonly string SharedAssemblyName = typeof(Intake.Extractors.IDocumentExtractor).Assembly.GetName().Name!;

    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    public Assembly LoadMain() => LoadFromBytes(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == SharedAssemblyName)
        {
            return null; // the host's copy
        }

        // Null falls back to the default context: the framework, shared by everyone.
        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromBytes(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;

    private Assembly LoadFromBytes(string path)
    {
        using var assembly = new MemoryStream(File.ReadAllBytes(path));
        var symbolsPath = Path.ChangeExtension(path, ".pdb");
        if (!File.Exists(symbolsPath))
        {
            return LoadFromStream(assembly);
        }

        using var symbols = new MemoryStream(File.ReadAllBytes(symbolsPath));
        return LoadFromStream(assembly, symbols);
    }
}
