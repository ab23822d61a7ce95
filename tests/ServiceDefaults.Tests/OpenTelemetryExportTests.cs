using System.Net.Http.Json;
using System.Text;

namespace Intake.ServiceDefaults.Tests;

public sealed class OpenTelemetryExportTests(TelemetryAppFixture fixture)
{
    [Fact(Timeout = 60_000)]
    public async Task A_service_with_an_OTLP_endpoint_exports_its_request_traces_there()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.CreateApiClient(fixture.App.Options.Secrets.DevApiKey);
        (await client.GetAsync("/api/organization", ct)).EnsureSuccessStatusCode();

        ReceivedRequest? export = null;
        while (export is null)
        {
            await Task.Delay(100, ct);
            export = fixture.Collector.Requests.FirstOrDefault(r =>
                r.Path == "/v1/traces" && Contains(r.Body, "/api/organization"));
        }

        Assert.Equal("POST", export.Method);
        Assert.True(HasStringAttribute(export.Body, "service.name", "api"), "the spans carry service.name = api");
        Assert.True(HasStringAttribute(export.Body, "service.instance.id", "api"), "the spans carry the AppHost's instance id");
    }

    [Fact(Timeout = 90_000)]
    public async Task The_Processor_exports_its_pipeline_metrics()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.CreateApiClient(fixture.App.Options.Secrets.DevApiKey);
        var corrupt = Convert.ToBase64String("%PDF-1.7\nnot really a PDF\n"u8.ToArray());
        (await client.PostAsync("/process-job", JsonContent.Create(new { actual_image = corrupt }), ct)).EnsureSuccessStatusCode();

        string[] names = ["intake.documents.processed", "intake.documents.failed", "intake.pipeline.stage.duration", "intake.jobs.waiting"];
        while (!names.All(name => fixture.Collector.Requests.Any(r => r.Path == "/v1/metrics" && Contains(r.Body, name))))
        {
            await Task.Delay(200, ct);
        }

        Assert.Contains(fixture.Collector.Requests, r => r.Path == "/v1/metrics" && HasStringAttribute(r.Body, "service.name", "processor"));
    }

    private static bool Contains(byte[] protobuf, string text) =>
        protobuf.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>
    /// An OTLP KeyValue as protobuf encodes it: field 1 (key, a string), then field 2 (an AnyValue
    /// message) holding field 1 (string_value); every length fits in one byte here.
    /// </summary>
    private static bool HasStringAttribute(byte[] protobuf, string key, string value)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var valueBytes = Encoding.UTF8.GetBytes(value);
        byte[] encoded = [0x0A, (byte)keyBytes.Length, .. keyBytes, 0x12, (byte)(valueBytes.Length + 2), 0x0A, (byte)valueBytes.Length, .. valueBytes];
        return protobuf.AsSpan().IndexOf(encoded) >= 0;
    }
}
