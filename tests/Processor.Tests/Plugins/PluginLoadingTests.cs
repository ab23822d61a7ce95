using System.Runtime.CompilerServices;
using Intake.Extractors;
using Intake.Extractors.Testing;
using Intake.Processor.Plugins;

namespace Intake.Processor.Tests.Plugins;

public sealed class PluginLoadingTests : IDisposable
{
    private readonly PluginFolders _plugins = new();

    public void Dispose() => _plugins.Dispose();

    [Fact]
    public void A_plugin_folder_is_loaded_and_listed_with_its_types()
    {
        _plugins.Install("Greeting.V1", "Greeting");

        _plugins.Catalog.LoadAll();

        var plugin = Assert.Single(_plugins.Catalog.Plugins);
        Assert.Equal("Greeting", plugin.Name);
        var extractor = Assert.Single(plugin.Extractors);
        Assert.Equal(("GREETING", "1.0.0", "Greeting"), (extractor.DocumentType, extractor.Descriptor.Version, extractor.Descriptor.DisplayName));
        Assert.Contains("readBy", extractor.Descriptor.JsonSchema);
        Assert.Empty(_plugins.Catalog.Failures);
    }

    [Fact]
    public async Task A_used_then_removed_plugin_is_unloaded_and_its_context_collected()
    {
        _plugins.Install("Greeting.V1", "Greeting");
        _plugins.Catalog.LoadAll();
        var context = WatchContext(_plugins.Catalog);
        // Used first, so that collection proves the extraction path lets go of the plugin too.
        Assert.Equal("1.0.0", await ReadByAsync(_plugins.Host));
        // Continue in a new work item: the one that completed the plugin's call still holds that
        // call's task (and so the plugin) until it returns, which in the Processor it soon does.
        await Task.Yield();

        var plugin = _plugins.Catalog.Plugins.Single();

        _plugins.Remove("Greeting");
        _plugins.Catalog.Refresh("Greeting");

        Assert.Empty(_plugins.Catalog.Plugins);
        // The extraction's leases are released once its plugin calls have really ended.
        Assert.True(SpinWait.SpinUntil(() => plugin.IsUnloaded, TimeSpan.FromSeconds(5)), "the plugin was not unloaded");
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive, "the plugin's AssemblyLoadContext was not collected");
    }

    [Fact]
    public void A_plugin_in_use_unloads_only_when_the_extraction_lets_go()
    {
        _plugins.Install("Greeting.V1", "Greeting");
        _plugins.Catalog.LoadAll();
        var plugin = _plugins.Catalog.Plugins.Single();
        var inUse = _plugins.Catalog.Acquire();

        _plugins.Remove("Greeting");
        _plugins.Catalog.Refresh("Greeting");

        Assert.False(plugin.IsUnloaded);
        inUse.Dispose();
        SpinWait.SpinUntil(() => plugin.IsUnloaded, TimeSpan.FromSeconds(5));
        Assert.True(plugin.IsUnloaded);
    }

    [Fact]
    public void Files_of_a_loaded_plugin_are_not_locked()
    {
        var folder = _plugins.Install("Greeting.V1", "Greeting");
        _plugins.Catalog.LoadAll();

        // Loaded from memory: no assembly of the plugin's context maps a file.
        var context = System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(_plugins.Catalog.Plugins.Single().Extractors[0].Extractor.GetType().Assembly)!;
        Assert.NotSame(System.Runtime.Loader.AssemblyLoadContext.Default, context);
        Assert.All(context.Assemblies, a => Assert.Equal("", a.Location));

        File.WriteAllBytes(Path.Combine(folder, "Greeting.dll"), [1, 2, 3]);
        _plugins.Remove("Greeting");

        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_broken_folder_is_reported_and_skipped_while_the_others_load()
    {
        _plugins.Install("Greeting.V1", "Greeting");
        var broken = Path.Combine(_plugins.Directory, "Broken");
        Directory.CreateDirectory(broken);
        File.WriteAllBytes(Path.Combine(broken, "Broken.dll"), "not an assembly"u8.ToArray());
        Directory.CreateDirectory(Path.Combine(_plugins.Directory, "Empty"));

        _plugins.Catalog.LoadAll();

        Assert.Equal("Greeting", Assert.Single(_plugins.Catalog.Plugins).Name);
        Assert.Contains("Broken", _plugins.Catalog.Failures.Keys);
        Assert.Contains("Empty", _plugins.Catalog.Failures.Keys);
        Assert.Contains("no main assembly", _plugins.Catalog.Failures["Empty"]);
    }

    [Fact]
    public void A_folder_with_a_truncated_deps_json_is_reported_not_thrown()
    {
        var folder = _plugins.Install("Greeting.V1", "Greeting");
        File.WriteAllText(Path.Combine(folder, "Greeting.deps.json"), "{ \"runtimeTarget\": ");

        _plugins.Catalog.LoadAll();

        Assert.Empty(_plugins.Catalog.Plugins);
        Assert.Contains("Greeting", _plugins.Catalog.Failures.Keys);
    }

    [Fact]
    public void A_second_folder_claiming_a_loaded_document_type_is_refused()
    {
        _plugins.Install("Greeting.V1", "Greeting");
        _plugins.Catalog.LoadAll();
        _plugins.Install("Greeting.V2", "GreetingCopy");

        _plugins.Catalog.Refresh("GreetingCopy");

        Assert.Equal("Greeting", Assert.Single(_plugins.Catalog.Plugins).Name);
        Assert.Contains("already provided by plugin 'Greeting'", _plugins.Catalog.Failures["GreetingCopy"]);
    }

    [Fact]
    public async Task Two_plugins_each_get_their_own_version_of_the_same_library()
    {
        _plugins.Install("IsolationA", "IsolationA");
        _plugins.Install("IsolationB", "IsolationB");
        _plugins.Catalog.LoadAll();
        var content = TestContent.FromText("anything");
        var ct = TestContext.Current.CancellationToken;

        var a = await _plugins.Host.RunAsync(content, "ISOLATION_A", new ExtractionContext(), ct);
        var b = await _plugins.Host.RunAsync(content, "ISOLATION_B", new ExtractionContext(), ct);

        Assert.Equal("tinylib 1", a.Result!.Fields["tinyLib"].Value);
        Assert.Equal("tinylib 2", b.Result!.Fields["tinyLib"].Value);
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), asm => asm.GetName().Name == "TinyLib"
            && System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(asm) == System.Runtime.Loader.AssemblyLoadContext.Default);
    }

    [Fact]
    public async Task The_sample_third_party_plugin_built_from_the_packed_SDK_loads_and_extracts()
    {
        var root = Intake.AppHost.Hosting.RepositoryRoot.Find();
        var output = PluginFolders.BuildOutput(Path.Combine("samples", "UtilityBill"));
        Assert.True(Directory.Exists(output), $"{output} is missing: ./build.sh packs the SDK and builds the samples");
        using (var assets = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "samples", "UtilityBill", "obj", "project.assets.json"))))
        {
            var version = typeof(IDocumentExtractor).Assembly.GetName().Version!.ToString(3);
            var sdk = assets.RootElement.GetProperty("libraries").GetProperty($"Intake.Extractors.Abstractions/{version}");
            Assert.Equal("package", sdk.GetProperty("type").GetString());
        }

        Assert.False(File.Exists(Path.Combine(output, "Intake.Extractors.Abstractions.dll")), "a plugin must not ship the SDK");
        _plugins.InstallFrom(output, "UtilityBill");
        _plugins.Catalog.LoadAll();

        var outcome = await _plugins.Host.RunAsync(TestContent.FromText("""
            City Power & Light
            Electricity bill
            Account number: 55-1234
            Billing period: 1 March 2026 - 31 March 2026
            Consumption 412 kWh
            Total due $98.20
            """), null, new ExtractionContext { Languages = ["en-US"] }, TestContext.Current.CancellationToken);

        Assert.Equal("UTILITY_BILL", outcome.DocumentType);
        Assert.Equal(98.20m, outcome.Result!.Fields["totalDue"].Value);
        Assert.Equal("USD", outcome.Result.Fields["currency"].Value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<string?> ReadByAsync(Intake.Processor.Extraction.ExtractionHost host)
    {
        var outcome = await host.RunAsync(TestContent.FromText("Hello Ada"), null, new ExtractionContext(), TestContext.Current.CancellationToken);
        return outcome.Result?.Fields["readBy"].Value as string;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference WatchContext(PluginCatalog catalog) => catalog.Plugins.Single().ContextReference;
}
