using System.Data.Common;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace FlowBuilder.Data.Contacts;

/// <summary>An import into SQLite: one prepared INSERT reused for every contact (only its bound values change), in one
/// write transaction (<c>BEGIN IMMEDIATE</c>) on the context's connection; rolled back unless committed. The statement is
/// driven through SQLite's own API on the connection's handle (ADO.NET's per-execute bookkeeping cost about a third of the
/// time per row), and the connection's page cache is raised for the batch so the indexes being filled stay in memory.</summary>
internal sealed class SqliteContactBatch : IContactBatchWriter
{
    private const string Insert = "INSERT INTO contacts (id, company_id, group_id, phone, name, patronymic, time_zone, fields_json, source_line) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

    private readonly FlowBuilderDbContext _context;
    private readonly DbTransaction _transaction;
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _insert;
    private readonly string _companyId;
    private readonly string _groupId;
    private readonly ContactFieldsJson _json = new();
    private bool _finished;

    private SqliteContactBatch(FlowBuilderDbContext context, DbTransaction transaction, sqlite3 database, sqlite3_stmt insert, string companyId, string groupId)
    {
        _context = context;
        _transaction = transaction;
        _database = database;
        _insert = insert;
        _companyId = companyId;
        _groupId = groupId;
    }

    public static async Task<IContactBatchWriter> BeginAsync(FlowBuilderDbContext context, string companyId, string groupId, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        await ExecuteAsync(connection, "PRAGMA cache_size = -32768", cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var database = ((SqliteConnection)connection).Handle!;
        Check(database, raw.sqlite3_prepare_v2(database, Insert, out var insert));
        return new SqliteContactBatch(context, transaction, database, insert, companyId, groupId);
    }

    public ValueTask AddAsync(Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ObjectDisposedException.ThrowIf(_finished, this);
        // UTF-16 text and the UTF-8 JSON are bound straight from their memory (SQLite copies them): no per-row conversions.
        raw.sqlite3_bind_text16(_insert, 1, contact.Id);
        raw.sqlite3_bind_text16(_insert, 2, _companyId);
        raw.sqlite3_bind_text16(_insert, 3, _groupId);
        raw.sqlite3_bind_text16(_insert, 4, contact.Phone);
        BindText(5, contact.Name);
        BindText(6, contact.Patronymic);
        BindText(7, contact.TimeZone);
        raw.sqlite3_bind_text(_insert, 8, _json.WriteUtf8(contact.Fields));
        if (contact.SourceLine is { } line) raw.sqlite3_bind_int64(_insert, 9, line);
        else raw.sqlite3_bind_null(_insert, 9);
        var done = raw.sqlite3_step(_insert);
        var error = done == raw.SQLITE_DONE ? null : raw.sqlite3_errmsg(_database).utf8_to_string();
        raw.sqlite3_reset(_insert);
        if (error is not null) throw new SqliteException($"Inserting contact {contact.Phone} failed: {error}", done);
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
        _insert.Dispose();
        await _transaction.DisposeAsync();
        await ExecuteAsync(_context.Database.GetDbConnection(), "PRAGMA cache_size = -2000", CancellationToken.None);
        await _context.Database.CloseConnectionAsync();
        await _context.DisposeAsync();
    }

    private void BindText(int index, string? value)
    {
        if (value is null) raw.sqlite3_bind_null(_insert, index);
        else raw.sqlite3_bind_text16(_insert, index, value);
    }

    private static void Check(sqlite3 database, int result)
    {
        if (result != raw.SQLITE_OK) throw new SqliteException($"Preparing the contacts insert failed: {raw.sqlite3_errmsg(database).utf8_to_string()}", result);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
