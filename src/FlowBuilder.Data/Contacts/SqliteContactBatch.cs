using System.Data.Common;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Contacts;

/// <summary>An import into SQLite: one prepared INSERT reused for every contact (only its parameter values change), in one
/// write transaction (<c>BEGIN IMMEDIATE</c>) on the context's connection; rolled back unless committed. The connection's page
/// cache is raised for the batch, so the indexes being filled stay in memory.</summary>
internal sealed class SqliteContactBatch : IContactBatchWriter
{
    private const string Insert = "INSERT INTO contacts (id, company_id, group_id, phone, name, patronymic, time_zone, fields_json, source_line) " +
        "VALUES ($id, $company, $group, $phone, $name, $patronymic, $zone, $fields, $line)";

    private readonly FlowBuilderDbContext _context;
    private readonly DbTransaction _transaction;
    private readonly DbCommand _insert;
    private readonly DbParameter[] _values;
    private readonly ContactFieldsJson _json = new();
    private bool _finished;

    private SqliteContactBatch(FlowBuilderDbContext context, DbTransaction transaction, DbCommand insert, DbParameter[] values)
    {
        _context = context;
        _transaction = transaction;
        _insert = insert;
        _values = values;
    }

    public static async Task<IContactBatchWriter> BeginAsync(FlowBuilderDbContext context, string companyId, string groupId, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        await ExecuteAsync(connection, "PRAGMA cache_size = -65536", cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = Insert;
        var values = new[] { "$id", "$company", "$group", "$phone", "$name", "$patronymic", "$zone", "$fields", "$line" }.Select(name =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        values[1].Value = companyId;
        values[2].Value = groupId;
        insert.Prepare();
        return new SqliteContactBatch(context, transaction, insert, values);
    }

    public ValueTask AddAsync(Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ObjectDisposedException.ThrowIf(_finished, this);
        _values[0].Value = contact.Id;
        _values[3].Value = contact.Phone;
        _values[4].Value = (object?)contact.Name ?? DBNull.Value;
        _values[5].Value = (object?)contact.Patronymic ?? DBNull.Value;
        _values[6].Value = (object?)contact.TimeZone ?? DBNull.Value;
        _values[7].Value = _json.Write(contact.Fields);
        _values[8].Value = (object?)contact.SourceLine ?? DBNull.Value;
        // SQLite runs statements synchronously; the async API would only add overhead per row.
        _insert.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    public async ValueTask CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        await _transaction.CommitAsync(cancellationToken);
        _finished = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished) await _transaction.RollbackAsync();
        _finished = true;
        await _insert.DisposeAsync();
        await _transaction.DisposeAsync();
        await ExecuteAsync(_context.Database.GetDbConnection(), "PRAGMA cache_size = -2000", CancellationToken.None);
        await _context.Database.CloseConnectionAsync();
        await _context.DisposeAsync();
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
