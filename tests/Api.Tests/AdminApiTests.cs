using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intake.Api.Tests;

public sealed class AdminApiTests(ApiAppFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_organization_is_created_with_default_settings_and_listed()
    {
        using var admin = fixture.CreateAdminClient();

        var response = await admin.PostAsJsonAsync("/admin/organizations", new { name = "Acme Ltd" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var organization = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Acme Ltd", organization.GetProperty("name").GetString());
        Assert.Equal(1000, organization.GetProperty("monthlyPageQuota").GetInt32());
        Assert.Equal(30, organization.GetProperty("resultRetentionDays").GetInt32());
        Assert.True(organization.GetProperty("deleteFilesAfterDelivery").GetBoolean());
        var id = organization.GetProperty("id").GetString();
        Assert.Equal($"/admin/organizations/{id}", response.Headers.Location?.ToString());

        var all = await admin.GetFromJsonAsync<JsonElement[]>("/admin/organizations", Ct);
        Assert.Contains(all!, o => o.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task An_issued_key_works_until_it_is_revoked_then_gets_401()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var before = await client.GetFromJsonAsync<JsonElement>("/api/organization", Ct);
        Assert.Equal(organization.Id, before.GetProperty("id").GetGuid());

        using var admin = fixture.CreateAdminClient();
        var revoked = await admin.DeleteAsync($"/admin/organizations/{organization.Id}/api-keys/{organization.KeyId}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        var after = await client.GetAsync("/api/organization", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var problem = await after.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/invalid-api-key", problem.GetProperty("type").GetString());

        var keys = await admin.GetFromJsonAsync<JsonElement[]>($"/admin/organizations/{organization.Id}/api-keys", Ct);
        var listed = Assert.Single(keys!);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
        Assert.False(listed.TryGetProperty("key", out _), "a listed key must never show the secret");
    }

    [Theory]
    [InlineData("X-API-Key", "{0}")]
    [InlineData("x-auth", "{0}")]
    [InlineData("Authorization", "Bearer {0}")]
    public async Task The_key_is_accepted_in_every_documented_header(string header, string format)
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/organization");
        request.Headers.TryAddWithoutValidation(header, string.Format(format, organization.ApiKey));

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Each_key_sees_its_own_organization_only()
    {
        var first = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        var second = await fixture.CreateOrganizationAsync(cancellationToken: Ct);

        using var firstClient = fixture.CreateApiClient(first.ApiKey);
        using var secondClient = fixture.CreateApiClient(second.ApiKey);

        Assert.Equal(first.Id, (await firstClient.GetFromJsonAsync<JsonElement>("/api/organization", Ct)).GetProperty("id").GetGuid());
        Assert.Equal(second.Id, (await secondClient.GetFromJsonAsync<JsonElement>("/api/organization", Ct)).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Quota_and_retention_settings_are_changed_by_patch()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var admin = fixture.CreateAdminClient();

        var response = await admin.PatchAsJsonAsync($"/admin/organizations/{organization.Id}",
            new { monthlyPageQuota = 50, resultRetentionDays = 1, deleteFilesAfterDelivery = false }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await admin.GetFromJsonAsync<JsonElement>($"/admin/organizations/{organization.Id}", Ct);
        Assert.Equal(50, updated.GetProperty("monthlyPageQuota").GetInt32());
        Assert.Equal(1, updated.GetProperty("resultRetentionDays").GetInt32());
        Assert.False(updated.GetProperty("deleteFilesAfterDelivery").GetBoolean());
    }

    [Fact]
    public async Task Invalid_settings_are_refused_with_the_reason()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var admin = fixture.CreateAdminClient();

        var response = await admin.PatchAsJsonAsync($"/admin/organizations/{organization.Id}", new { monthlyPageQuota = -1, resultRetentionDays = 0 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/invalid-organization", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("monthlyPageQuota", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("resultRetentionDays", out _));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task An_unknown_organization_is_404_problem_details()
    {
        using var admin = fixture.CreateAdminClient();

        var response = await admin.GetAsync($"/admin/organizations/{Guid.NewGuid()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/organization-not-found", problem.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-admin-key")]
    public async Task The_admin_api_refuses_callers_without_the_admin_key(string? key)
    {
        using var client = fixture.CreateApiClient(key);

        var response = await client.GetAsync("/admin/organizations", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("/problems/invalid-admin-key", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_organization_api_key_is_not_an_admin_key()
    {
        var organization = await fixture.CreateOrganizationAsync(cancellationToken: Ct);
        using var client = fixture.CreateApiClient(organization.ApiKey);

        var response = await client.PostAsJsonAsync("/admin/organizations", new { name = "sneaky" }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
