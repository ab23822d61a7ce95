using Intake.Core.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Intake.Core.Tests;

public sealed class MigrationRunnerTests(IntakeAppFixture fixture)
{
    [Fact]
    public async Task Runners_started_together_apply_each_migration_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = $"migrations_{Guid.NewGuid():N}";
        var server = new NpgsqlConnectionStringBuilder(fixture.App.GetConnectionString("postgres"));
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync(ct);
            await new NpgsqlCommand($"create database {database}", admin).ExecuteNonQueryAsync(ct);
        }

        server.Database = database;
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);

        var applied = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => new MigrationRunner(dataSource, [MigrationSet.Intake], NullLogger<MigrationRunner>.Instance).ApplyAsync(ct), ct)));

        var all = MigrationSet.Intake.Migrations.Select(m => m.Version).ToList();
        Assert.Equal(all, applied.SelectMany(migrations => migrations).Select(m => m.Version).Order());
        await using var command = dataSource.CreateCommand("select count(*) from intake.schema_migrations");
        Assert.Equal((long)all.Count, await command.ExecuteScalarAsync(ct));
        Assert.Empty(await new MigrationRunner(dataSource, [MigrationSet.Intake], NullLogger<MigrationRunner>.Instance).ApplyAsync(ct));
    }
}
