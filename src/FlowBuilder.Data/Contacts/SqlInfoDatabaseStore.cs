using System.Data.Common;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Contacts;

/// <summary>Information databases in the <c>info_databases</c> and <c>info_records</c> tables.</summary>
internal sealed class SqlInfoDatabaseStore(DatabaseInitializer database) : IInfoDatabaseStore
{
    public async ValueTask<IReadOnlyList<InfoDatabase>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.InfoDatabases.AsNoTracking().Where(d => d.CompanyId == companyId).OrderBy(d => d.Name)
            .Select(d => new { Row = d, Count = context.InfoRecords.LongCount(r => r.DatabaseId == d.Id) }).ToListAsync(cancellationToken);
        return rows.Select(r => ToDatabase(r.Row, r.Count)).ToList();
    }

    public async ValueTask<InfoDatabase?> GetAsync(string companyId, string databaseId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.InfoDatabases.AsNoTracking().FirstOrDefaultAsync(d => d.CompanyId == companyId && d.Id == databaseId, cancellationToken);
        if (row is null) return null;
        return ToDatabase(row, await context.InfoRecords.LongCountAsync(r => r.DatabaseId == databaseId, cancellationToken));
    }

    public async ValueTask SaveAsync(InfoDatabase info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.InfoDatabases.FirstOrDefaultAsync(d => d.Id == info.Id, cancellationToken);
        if (row is null) context.InfoDatabases.Add(row = new InfoDatabaseRow { Id = info.Id, CompanyId = info.CompanyId });
        row.Name = info.Name;
        row.KeyColumn = info.KeyColumn;
        row.CreatedAt = info.CreatedAt;
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<long> UpsertRecordsAsync(string companyId, string databaseId, IAsyncEnumerable<InfoRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var context = await database.OpenAsync(cancellationToken);
        if (!await context.InfoDatabases.AnyAsync(d => d.CompanyId == companyId && d.Id == databaseId, cancellationToken))
            throw new InvalidOperationException($"There is no information database '{databaseId}'. Create it first.");
        await context.Database.OpenConnectionAsync(cancellationToken);
        var connection = context.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var delete = Command(connection, transaction, "DELETE FROM info_records WHERE database_id = @database AND key = @key", "database", "key");
        await using var insert = Command(connection, transaction,
            "INSERT INTO info_records (database_id, key, company_id, data_json) VALUES (@database, @key, @company, @data)", "database", "key", "company", "data");
        delete.Parameters["database"].Value = databaseId;
        insert.Parameters["database"].Value = databaseId;
        insert.Parameters["company"].Value = companyId;
        var json = new ContactFieldsJson();
        long written = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            delete.Parameters["key"].Value = record.Key;
            await delete.ExecuteNonQueryAsync(cancellationToken);
            insert.Parameters["key"].Value = record.Key;
            insert.Parameters["data"].Value = json.Write(record.Data);
            await insert.ExecuteNonQueryAsync(cancellationToken);
            written++;
        }
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    public async ValueTask<InfoRecord?> FindRecordAsync(string companyId, string databaseId, string key, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.InfoRecords.AsNoTracking().FirstOrDefaultAsync(r => r.DatabaseId == databaseId && r.Key == key && r.CompanyId == companyId, cancellationToken);
        return row is null ? null : new InfoRecord(row.Key, ContactFieldsJson.ReadLoose(row.DataJson));
    }

    private static InfoDatabase ToDatabase(InfoDatabaseRow row, long count) =>
        new(row.Id, row.CompanyId, row.Name, row.KeyColumn) { CreatedAt = row.CreatedAt, RecordCount = count };

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
