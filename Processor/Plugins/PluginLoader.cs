using System.Reflection;
using Intake.Extractors;

namespace Intake.Processor.Plugins;

/// <summary>
/// Loads one plugin folder: its main assembly is the one named like the folder, or else the
/// only one with a .deps.json; every public, concrete IDocumentExtractor in it with a
/// parameterless constructor is instantiated. Any failure unloads what was loaded.
/// </summary>
public static class PluginLoader
{
    public static LoadedPlugin Load(string folder)
    {
        var name = Path.GetFileName(folder);
        var mainAssembly = FindMainAssembly(folder, name);
        var context = new PluginLoadContext(mainAssembly);
        try
        {
            var assembly = context.LoadMain();
            var extractors = ExportedTypes(assembly)
                .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
                    && typeof(IDocumentExtractor).IsAssignableFrom(t)
                    && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(t => (IDocumentExtractor)Activator.CreateInstance(t)!)
                .ToList();
            if (extractors.Count == 0)
            {
                throw new PluginLoadException(name,
                    $"{Path.GetFileName(mainAssembly)} has no public class implementing {nameof(IDocumentExtractor)} with a parameterless constructor" +
                    $" (is it built against {PluginLoadContext.SharedAssemblyName}, with the SDK excluded from its output?).");
            }

            foreach (var extractor in extractors)
            {
                DocumentTypeName.Validate(name, extractor.DocumentType);
                _ = extractor.Schema ?? throw new PluginLoadException(name, $"{extractor.DocumentType} has no schema.");
            }

            return new LoadedPlugin(name, folder, context, extractors);
        }
        catch (Exception ex)
        {
            context.Unload();
            throw ex is PluginLoadException ? ex : new PluginLoadException(name, ex.Message, ex);
        }
    }

    private static string FindMainAssembly(string folder, string name)
    {
        var named = Path.Combine(folder, name + ".dll");
        if (File.Exists(named))
        {
            return named;
        }

        var withDeps = Directory.GetFiles(folder, "*.deps.json")
            .Select(deps => Path.Combine(folder, Path.GetFileName(deps)[..^".deps.json".Length] + ".dll"))
            .Where(File.Exists)
            .ToList();
        return withDeps.Count == 1
            ? withDeps[0]
            : throw new PluginLoadException(name, $"no main assembly: expected {name}.dll, or exactly one assembly with a .deps.json, in {folder}.");
    }

    private static IEnumerable<Type> ExportedTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            throw new PluginLoadException(assembly.GetName().Name ?? "?",
                "its types cannot be loaded: " + string.Join("; ", ex.LoaderExceptions.Select(e => e?.Message).Distinct()), ex);
        }
    }
}

/// <summary>A plugin folder that cannot be loaded: the message says why, for the operator.</summary>
public sealed class PluginLoadException(string plugin, string reason, Exception? inner = null)
    : Exception($"Plugin '{plugin}' cannot be loaded: {reason}", inner)
{
    public string Plugin { get; } = plugin;
}

/// <summary>Document type names are upper-case identifiers: they appear in URLs, filters and status.</summary>
public static class DocumentTypeName
{
    public static void Validate(string plugin, string? documentType)
    {
        if (documentType is null || documentType.Length is 0 or > 64
            || !documentType.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '_') || !char.IsAsciiLetterUpper(documentType[0]))
        {
            throw new PluginLoadException(plugin, $"document type '{documentType}' is not an upper-case name such as UTILITY_BILL.");
        }
    }
}
