using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Intake.Processor.Tests.Plugins;

/// <summary>The whole application, its Processor watching a plugins folder this test owns.</summary>
public sealed class PluginAppFixture : IntakeAppFixture
{
    public string PluginsDirectory { get; } = Directory.CreateTempSubdirectory("intake-app-plugins-").FullName;

    protected override string[] Args => [$"Plugins:Directory={PluginsDirectory}"];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(PluginsDirectory, recursive: true);
    }
}

public sealed class ProcessorPluginTests(PluginAppFixture fixture) : IClassFixture<PluginAppFixture>
{
    [Fact(Timeout = 90_000)]
    public async Task The_running_Processor_records_dropped_in_types_reports_broken_ones_and_stays_healthy()
    {
        var ct = TestContext.Current.CancellationToken;
        var greeting = Path.Combine(fixture.PluginsDirectory, "Greeting");
        CopyDirectory(PluginFolders.BuildOutput(Path.Combine("tests", "Plugins", "Greeting.V1")), greeting);
        var broken = Directory.CreateDirectory(Path.Combine(fixture.PluginsDirectory, "Broken")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(broken, "Broken.dll"), "not an assembly"u8.ToArray(), ct);
        // A half-copied plugin: its .deps.json cut short. It must be reported, not take the Processor down.
        var truncated = Path.Combine(fixture.PluginsDirectory, "IsolationA");
        CopyDirectory(PluginFolders.BuildOutput(Path.Combine("tests", "Plugins", "IsolationA")), truncated);
        await File.WriteAllTextAsync(Path.Combine(truncated, "IsolationA.deps.json"), "{ \"runtimeTarget\": ", ct);

        var schema = await Poll(() => DocumentTypeSchema("GREETING", ct), s => s is not null, ct);
        Assert.Contains("readBy", schema);

        using var api = fixture.CreateApiClient(fixture.App.Options.Secrets.DevApiKey);
        var listed = await api.GetFromJsonAsync<JsonElement[]>("/api/document-types", ct);
        var greetingType = Assert.Single(listed!, t => t.GetProperty("documentType").GetString() == "GREETING");
        Assert.Equal("1.0.0", greetingType.GetProperty("version").GetString());
        Assert.Equal("object", greetingType.GetProperty("schema").GetProperty("type").GetString());

        var health = await Poll(() => ProcessorHealth(ct), h => h.Plugins.Contains("GREETING 1.0.0") && h.Plugins.Contains("Broken") && h.Plugins.Contains("IsolationA"), ct);
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("Healthy", health.Overall);
        Assert.Equal(0, fixture.App.GetReplicas("processor").Sum(r => r.Restarts));

        Directory.Delete(greeting, recursive: true);
        await Poll(() => DocumentTypeSchema("GREETING", ct), s => s is null, ct);
    }

    private async Task<string?> DocumentTypeSchema(string documentType, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("select json_schema::text from intake.document_types where document_type = @type", connection);
        command.Parameters.AddWithValue("type", documentType);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private async Task<(HttpStatusCode Status, string Overall, string Plugins)> ProcessorHealth(CancellationToken ct)
    {
        using var client = fixture.App.CreateHttpClient("processor");
        var response = await client.GetAsync("/health", ct);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return (response.StatusCode, body.RootElement.GetProperty("status").GetString()!,
            body.RootElement.GetProperty("checks").GetProperty("plugins").GetProperty("description").GetString() ?? "");
    }

    private static Task<T> Poll<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken ct) =>
        Eventually.Until(read, done, ct, timeoutSeconds: 30);

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }
}
