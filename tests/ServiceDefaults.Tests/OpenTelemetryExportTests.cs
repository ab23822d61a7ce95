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
        Assert.True(Contains(export.Body, "service.name") && Contains(export.Body, "api"), "the spans carry the service's name");
        Assert.Contains(fixture.Collector.Requests, r => r.Path == "/v1/metrics");
    }

    private static bool Contains(byte[] protobuf, string text) =>
        protobuf.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
