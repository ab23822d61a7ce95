using Dapper;
using Npgsql;

namespace Intake.Core.Documents;

/// <summary>Reading documents, always within the caller's organization.</summary>
public sealed class DocumentStore(NpgsqlDataSource dataSource)
{
    private const string From = "from intake.documents d join intake.jobs j on j.id = d.job_id";

    public async Task<DocumentRow?> FindAsync(Guid organizationId, Guid documentId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DocumentRow>(new CommandDefinition(
            $"select {DocumentRow.Columns} {From} where d.organization_id = @organizationId and d.id = @documentId",
            new { organizationId, documentId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<DocumentRow>> ListByJobAsync(Guid organizationId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ListByJobAsync(connection, null, organizationId, jobId, cancellationToken);
    }

    public static async Task<IReadOnlyList<DocumentRow>> ListByJobAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid organizationId, Guid jobId, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<DocumentRow>(new CommandDefinition(
            $"select {DocumentRow.Columns} {From} where d.organization_id = @organizationId and d.job_id = @jobId order by d.position",
            new { organizationId, jobId }, transaction, cancellationToken: cancellationToken))).AsList();

    /// <summary>One document inside a transaction, locked against concurrent changes, to render an event from.</summary>
    public static Task<DocumentRow> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid documentId, CancellationToken cancellationToken) =>
        connection.QuerySingleAsync<DocumentRow>(new CommandDefinition(
            $"select {DocumentRow.Columns} {From} where d.id = @documentId for update of d",
            new { documentId }, transaction, cancellationToken: cancellationToken));
}
