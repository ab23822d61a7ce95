using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Intake.Core.Data;

public static class PostgresExtensions
{
    /// <summary>
    /// The <c>intake</c> database from <c>ConnectionStrings:{connectionName}</c> (Aspire's
    /// AddNpgsqlDataSource), its health check, and the migrations applied at start.
    /// </summary>
    public static IHostApplicationBuilder AddIntakeDatabase(this IHostApplicationBuilder builder, string connectionName = "postgres")
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not set.");

        // Our columns are snake_case, our properties PascalCase.
        DefaultTypeMap.MatchNamesWithUnderscores = true;

        builder.Services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        builder.Services.AddSingleton(MigrationSet.Intake);
        builder.Services.AddSingleton<MigrationRunner>();
        builder.Services.AddHostedService<MigrationService>();
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            connectionName,
            services => new PostgresHealthCheck(services.GetRequiredService<NpgsqlDataSource>()),
            failureStatus: HealthStatus.Unhealthy,
            tags: ["ready"]));
        return builder;
    }

    /// <summary>Adds the schema a service owns (its <c>Migrations/*.sql</c> embedded resources), applied after <c>intake</c>'s.</summary>
    public static IHostApplicationBuilder AddOwnedSchema(this IHostApplicationBuilder builder, string schema, System.Reflection.Assembly assembly)
    {
        builder.Services.AddSingleton(MigrationSet.FromAssembly(schema, assembly));
        return builder;
    }

    private sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                await connection.ExecuteScalarAsync<int>(new CommandDefinition("select 1", cancellationToken: cancellationToken));
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, "Postgres is unreachable.", ex);
            }
        }
    }
}
