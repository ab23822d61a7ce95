using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.AppHost.Orchestration;
using Intake.Core.Data;
using Intake.Core.Storage;
using Npgsql;

namespace Intake.AppHost.Tests;

public sealed class ApplicationStartTests(IntakeAppFixture fixture)
{
    private static readonly string[] AllResources = ["postgres", "redis", "objectstore", "notifier", "processor", "api"];

    [Fact]
    public void Every_resource_and_replica_is_healthy()
    {
        foreach (var resource in AllResources)
        {
            var replicas = fixture.App.GetReplicas(resource);
            Assert.NotEmpty(replicas);
            Assert.All(replicas, replica => Assert.Equal(ResourceState.Healthy, replica.State));
        }

        Assert.Equal(2, fixture.App.GetReplicas("processor").Count);
    }

    [Theory]
    [InlineData("api")]
    [InlineData("processor")]
    [InlineData("notifier")]
    public async Task Each_service_reports_its_dependencies_in_health(string service)
    {
        using var client = fixture.App.CreateHttpClient(service);
        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        var checks = health.RootElement.GetProperty("checks");
        foreach (var dependency in new[] { "postgres", "redis", "objectstore" })
        {
            Assert.Equal("Healthy", checks.GetProperty(dependency).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Migrations_are_applied_exactly_once_while_two_processor_replicas_and_the_notifier_start_together()
    {
        await using var connection = new NpgsqlConnection(fixture.App.GetConnectionString("postgres"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("select version from intake.schema_migrations order by version", connection);
        var versions = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                versions.Add(reader.GetInt32(0));
            }
        }

        // Had a replica lost a race (a migration run twice), it would have crashed before it was
        // healthy, and the fixture's start would have failed with its output.
        Assert.Equal(MigrationSet.Intake.Migrations.Select(m => m.Version), versions);
    }

    [Fact]
    public async Task The_bucket_exists_in_the_object_store()
    {
        var connection = fixture.App.GetConnectionString("objectstore").Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        using var s3 = S3Clients.Create(connection["Endpoint"], connection["AccessKey"], connection["SecretKey"]);

        var buckets = await s3.ListBucketsAsync(TestContext.Current.CancellationToken);

        Assert.Contains(buckets.Buckets, b => b.BucketName == new ObjectStoreOptions().Bucket);
    }

    [Fact]
    public async Task The_development_key_works_and_a_wrong_key_gets_401_problem_details()
    {
        using var developer = fixture.CreateApiClient(fixture.App.Options.Secrets.DevApiKey);
        var organization = await developer.GetFromJsonAsync<JsonElement>("/api/organization", TestContext.Current.CancellationToken);
        Assert.Equal("Development", organization.GetProperty("name").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(fixture.App.Options.DataDirectory, "dev-api-key")).Trim(), fixture.App.Options.Secrets.DevApiKey);

        using var stranger = fixture.CreateApiClient(fixture.App.Options.Secrets.DevApiKey[..^4] + "AAAA");
        var refused = await stranger.GetAsync("/api/organization", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("/problems/invalid-api-key", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("error").GetString()));
    }
}
