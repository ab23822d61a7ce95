using System.Net;
using System.Text.Json;

namespace Intake.Api.Tests;

/// <summary>The OpenAPI document is served without a key and describes the routes as their handlers declare them.</summary>
public sealed class OpenApiTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 60_000)]
    public async Task The_OpenAPI_document_describes_both_upload_routes_with_their_202()
    {
        using var client = fixture.CreateApiClient();

        var response = await client.GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/process-job").GetProperty("post").GetProperty("responses").TryGetProperty("202", out _));
        Assert.True(paths.GetProperty("/api/documents").GetProperty("post").GetProperty("responses").TryGetProperty("202", out _));
    }
}
