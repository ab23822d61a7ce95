using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Intake.Core.Data;

/// <summary>
/// Applies the numbered SQL files under Data/Migrations to the <c>intake</c> schema, each
/// exactly once, in order, each in its own transaction. Every service runs this at start;
/// a Postgres advisory lock makes replicas that start together take turns.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    /// <summary>Arbitrary, fixed: the advisory lock all Intake services agree on for migrations.</summary>
    private const long MigrationLockKey = 0x1_7A4E_0001;

    public static IReadOnlyList<Migration> All { get; } = Load();

    public async Task<IReadOnlyList<int>> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "select pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                create schema if not exists intake;
                create table if not exists intake.schema_migrations (
                    version    integer primary key,
                    name       text not null,
                    applied_at timestamptz not null default now());
                """, cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<int>(new CommandDefinition(
                "select version from intake.schema_migrations", cancellationToken: cancellationToken))).ToHashSet();

            var newlyApplied = new List<int>();
            foreach (var migration in All.Where(m => !applied.Contains(m.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "insert into intake.schema_migrations (version, name) values (@Version, @Name)",
                    migration, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {Version} {Name}", migration.Version, migration.Name);
                newlyApplied.Add(migration.Version);
            }

            return newlyApplied;
        }
        finally
        {
            await connection.ExecuteAsync("select pg_advisory_unlock(@key)", new { key = MigrationLockKey });
        }
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Migrations/", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = Path.GetFileNameWithoutExtension(name["Migrations/".Length..]);
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new Migration(int.Parse(fileName[..fileName.IndexOf('_')]), fileName, reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)
            .ToList();
    }
}

public sealed record Migration(int Version, string Name, string Sql);
