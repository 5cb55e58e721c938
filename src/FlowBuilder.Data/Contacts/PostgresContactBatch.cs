using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace FlowBuilder.Data.Contacts;

/// <summary>An import into PostgreSQL: binary COPY in one transaction on the context's connection, which first locks the group's
/// row (two imports into one group take turns); the COPY is completed and committed only by <see cref="CommitAsync"/>.</summary>
internal sealed class PostgresContactBatch : IContactBatchWriter
{
    private const string Copy = "COPY contacts (id, company_id, group_id, phone, name, patronymic, time_zone, fields_json, source_line) FROM STDIN (FORMAT BINARY)";

    private readonly FlowBuilderDbContext _context;
    private readonly NpgsqlTransaction _transaction;
    private readonly NpgsqlBinaryImporter _copy;
    private readonly string _companyId;
    private readonly string _groupId;
    private readonly ContactFieldsJson _json = new();
    private bool _finished;

    private PostgresContactBatch(FlowBuilderDbContext context, NpgsqlTransaction transaction, NpgsqlBinaryImporter copy, string companyId, string groupId)
    {
        _context = context;
        _transaction = transaction;
        _copy = copy;
        _companyId = companyId;
        _groupId = groupId;
    }

    public static async Task<IContactBatchWriter> BeginAsync(FlowBuilderDbContext context, string companyId, string groupId, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockGroup = new NpgsqlCommand("SELECT 1 FROM subscriber_groups WHERE id = @id FOR UPDATE", connection, transaction))
        {
            lockGroup.Parameters.AddWithValue("id", groupId);
            await lockGroup.ExecuteNonQueryAsync(cancellationToken);
        }
        var copy = await connection.BeginBinaryImportAsync(Copy, cancellationToken);
        return new PostgresContactBatch(context, transaction, copy, companyId, groupId);
    }

    public async ValueTask AddAsync(Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ObjectDisposedException.ThrowIf(_finished, this);
        await _copy.StartRowAsync(cancellationToken);
        await _copy.WriteAsync(contact.Id, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(_companyId, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(_groupId, NpgsqlDbType.Text, cancellationToken);
        await _copy.WriteAsync(contact.Phone, NpgsqlDbType.Text, cancellationToken);
        await WriteTextAsync(contact.Name, cancellationToken);
        await WriteTextAsync(contact.Patronymic, cancellationToken);
        await WriteTextAsync(contact.TimeZone, cancellationToken);
        await _copy.WriteAsync(_json.Write(contact.Fields), NpgsqlDbType.Text, cancellationToken);
        if (contact.SourceLine is { } line) await _copy.WriteAsync(line, NpgsqlDbType.Bigint, cancellationToken);
        else await _copy.WriteNullAsync(cancellationToken);
    }

    public async ValueTask CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        await _copy.CompleteAsync(cancellationToken);
        await _copy.DisposeAsync();
        await _transaction.CommitAsync(cancellationToken);
        _finished = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            // Disposing an uncompleted COPY cancels it; then nothing of the batch is left.
            try
            {
                await _copy.DisposeAsync();
            }
            catch (PostgresException)
            {
                // The server reports the cancelled COPY as an error; that is the point.
            }
            await _transaction.RollbackAsync();
        }
        _finished = true;
        await _transaction.DisposeAsync();
        await _context.Database.CloseConnectionAsync();
        await _context.DisposeAsync();
    }

    private ValueTask WriteTextAsync(string? value, CancellationToken cancellationToken) =>
        value is null ? new ValueTask(_copy.WriteNullAsync(cancellationToken)) : new ValueTask(_copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken));
}
