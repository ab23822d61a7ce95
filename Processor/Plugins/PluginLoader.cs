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
        PluginLoadContext? context = null;
        try
        {
            // Everything that reads the folder or runs plugin code is inside the catch-all:
            // a truncated .deps.json or a throwing constructor is a broken plugin, not a broken Processor.
            context = new PluginLoadContext(FindMainAssembly(folder, name));
            var assembly = context.LoadMain();
            var builtAgainst = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == PluginLoadContext.SharedAssemblyName)?.Version;
            if (SdkCompatibility.Problem(builtAgainst, typeof(IDocumentExtractor).Assembly.GetName().Version!) is { } incompatible)
            {
                throw new PluginLoadException(name, incompatible);
            }

            var extractors = ExportedTypes(assembly)
                .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true }
                    && typeof(IDocumentExtractor).IsAssignableFrom(t)
                    && t.GetConstructor(Type.EmptyTypes) is not null)
                .Select(t => (IDocumentExtractor)Activator.CreateInstance(t)!)
                .Select(e => new LoadedExtractor(e, Describe(name, e)))
                .ToList();
            if (extractors.Count == 0)
            {
                throw new PluginLoadException(name,
                    $"{assembly.GetName().Name} has no public class implementing {nameof(IDocumentExtractor)} with a parameterless constructor" +
                    $" (is it built against {PluginLoadContext.SharedAssemblyName}, with the SDK excluded from its output?).");
            }

            if (extractors.GroupBy(e => e.DocumentType).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new PluginLoadException(name, $"two of its extractors claim the document type {twice.Key}.");
            }

            return new LoadedPlugin(name, folder, context, extractors);
        }
        catch (Exception ex)
        {
            context?.Unload();
            throw ex is PluginLoadException ? ex : new PluginLoadException(name, $"{ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads and checks what the extractor says about itself, once.</summary>
    private static ExtractorDescriptor Describe(string plugin, IDocumentExtractor extractor)
    {
        var documentType = extractor.DocumentType;
        DocumentTypeName.Validate(plugin, documentType);
        var displayName = extractor.DisplayName is { Length: > 0 } display ? display : documentType;
        var version = extractor.Version is { Length: > 0 } v ? v
            : throw new PluginLoadException(plugin, $"{documentType} has no version.");
        var schema = extractor.Schema ?? throw new PluginLoadException(plugin, $"{documentType} has no schema.");
        if (schema.Fields.Select(f => f.Name).Concat(schema.Tables.Select(t => "table:" + t.Name)).GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new PluginLoadException(plugin, $"the {documentType} schema names '{duplicate.Key}' twice.");
        }

        return new ExtractorDescriptor(documentType, displayName, version, schema.ToJsonSchema(documentType, displayName).ToJsonString());
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
