using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Intake.Core.Data;

/// <summary>
/// Applies each schema's numbered SQL files, each exactly once, in order, each in its own
/// transaction, recording them in that schema's <c>schema_migrations</c>. Core's <c>intake</c>
/// schema comes first; a service that owns a schema (the Notifier's <c>notifier</c>) adds its
/// own set. Every service runs this at start; a Postgres advisory lock makes replicas take turns.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource dataSource, IEnumerable<MigrationSet> sets, ILogger<MigrationRunner> logger)
{
    /// <summary>Arbitrary, fixed: the advisory lock all Intake services agree on for migrations.</summary>
    private const long MigrationLockKey = 0x1_7A4E_0001;

    /// <returns>The migrations this call applied (none when another runner got there first).</returns>
    public async Task<IReadOnlyList<Migration>> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "select pg_advisory_lock(@key)", new { key = MigrationLockKey }, cancellationToken: cancellationToken));
        try
        {
            var newlyApplied = new List<Migration>();
            foreach (var set in sets)
            {
                newlyApplied.AddRange(await ApplyAsync(connection, set, cancellationToken));
            }

            return newlyApplied;
        }
        finally
        {
            await connection.ExecuteAsync("select pg_advisory_unlock(@key)", new { key = MigrationLockKey });
        }
    }

    private async Task<List<Migration>> ApplyAsync(NpgsqlConnection connection, MigrationSet set, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition($"""
            create schema if not exists {set.Schema};
            create table if not exists {set.Schema}.schema_migrations (
                version    integer primary key,
                name       text not null,
                applied_at timestamptz not null default now());
            """, cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<int>(new CommandDefinition(
            $"select version from {set.Schema}.schema_migrations", cancellationToken: cancellationToken))).ToHashSet();

        var newlyApplied = new List<Migration>();
        foreach (var migration in set.Migrations.Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                $"insert into {set.Schema}.schema_migrations (version, name) values (@Version, @Name)",
                migration, transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied migration {Schema} {Version} {Name}", set.Schema, migration.Version, migration.Name);
            newlyApplied.Add(migration);
        }

        return newlyApplied;
    }
}

/// <summary>One schema's migrations: the <c>Migrations/NNNN_name.sql</c> files embedded in an assembly.</summary>
public sealed record MigrationSet(string Schema, IReadOnlyList<Migration> Migrations)
{
    /// <summary>Core's <c>intake</c> schema, which every service shares.</summary>
    public static MigrationSet Intake { get; } = FromAssembly("intake", typeof(MigrationRunner).Assembly);

    public static MigrationSet FromAssembly(string schema, Assembly assembly) => new(schema, assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith("Migrations/", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
        .Select(name =>
        {
            var fileName = Path.GetFileNameWithoutExtension(name["Migrations/".Length..]);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            return new Migration(int.Parse(fileName[..fileName.IndexOf('_')]), fileName, reader.ReadToEnd());
        })
        .OrderBy(m => m.Version)
        .ToList());
}

public sealed record Migration(int Version, string Name, string Sql);
