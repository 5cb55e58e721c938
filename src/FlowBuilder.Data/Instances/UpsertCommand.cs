using System.Data.Common;

namespace FlowBuilder.Data.Instances;

/// <summary>
/// A parameterised <c>INSERT … ON CONFLICT (key) DO UPDATE</c> for one table; the syntax is shared by
/// SQLite (3.24+) and PostgreSQL (9.5+). Rows go to the server in round trips of up to
/// <see cref="RowsPerRoundTrip"/> statements where the driver batches (Npgsql), else one prepared
/// statement is executed per row (SQLite, in process, where a round trip costs nothing).
/// </summary>
internal sealed class UpsertCommand<T>
{
    public const int RowsPerRoundTrip = 200;

    private readonly UpsertColumn<T>[] _columns;

    /// <param name="updateWhen">Optional condition on <c>excluded</c> (the new row) and the table (the stored row).</param>
    public UpsertCommand(string table, UpsertColumn<T>[] columns, string? updateWhen = null)
    {
        _columns = columns;
        var names = string.Join(", ", columns.Select(c => c.Name));
        var values = string.Join(", ", columns.Select(c => "@" + c.Name));
        var keys = string.Join(", ", columns.Where(c => c.IsKey).Select(c => c.Name));
        var updates = string.Join(", ", columns.Where(c => !c.IsKey).Select(c => $"{c.Name} = excluded.{c.Name}"));
        Sql = $"INSERT INTO {table} ({names}) VALUES ({values}) ON CONFLICT ({keys}) DO UPDATE SET {updates}"
            + (updateWhen is null ? "" : $" WHERE {updateWhen}");
    }

    public string Sql { get; }

    public Task ExecuteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return Task.CompletedTask;
        return connection.CanCreateBatch
            ? ExecuteBatchedAsync(connection, transaction, rows, cancellationToken)
            : ExecutePreparedAsync(connection, transaction, rows, cancellationToken);
    }

    private async Task ExecutePreparedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        var parameters = new DbParameter[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            command.Parameters.Add(parameters[i]);
        }
        var prepared = false;
        foreach (var row in rows)
        {
            for (var i = 0; i < _columns.Length; i++) Bind(parameters[i], _columns[i], row);
            if (!prepared && rows.Count > 1)
            {
                await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
                prepared = true;
            }
            // Microsoft.Data.Sqlite runs in process and its async methods complete synchronously anyway;
            // the synchronous call saves a task per row on the hot write path.
            cancellationToken.ThrowIfCancellationRequested();
            command.ExecuteNonQuery();
        }
    }

    private async Task ExecuteBatchedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += RowsPerRoundTrip)
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            for (var r = start; r < Math.Min(rows.Count, start + RowsPerRoundTrip); r++)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = Sql;
                foreach (var column in _columns)
                {
                    var parameter = command.CreateParameter();
                    Bind(parameter, column, rows[r]);
                    command.Parameters.Add(parameter);
                }
                batch.BatchCommands.Add(command);
            }
            // Npgsql keeps prepared statements on the pooled connection: later batches reuse the plan.
            await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Bind(DbParameter parameter, UpsertColumn<T> column, T row)
    {
        // The prefix matters: Microsoft.Data.Sqlite matches "@name" directly and falls back to a slow
        // search over every parameter for a bare "name" (a fifth of the write time in a profile).
        parameter.ParameterName = "@" + column.Name;
        parameter.DbType = column.Type;
        parameter.Value = column.Value(row) ?? DBNull.Value;
    }
}
