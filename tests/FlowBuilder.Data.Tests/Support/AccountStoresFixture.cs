using System.Data.Common;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Tests.Support;

/// <summary>
/// The base of the account, billing and statistics contracts: <see cref="Stores"/> are the stores of the first process;
/// <see cref="OpenProcessAsync"/> opens another process on the same database (its own connection pool), or returns the same
/// in-memory stores.
/// </summary>
public abstract class AccountStoresFixture(StoreKind kind) : IAsyncLifetime
{
    private readonly List<TestStores> _processes = [];
    private TestDatabase? _database;
    private AccountStores? _inMemory;

    protected static CancellationToken None => CancellationToken.None;

    protected StoreKind Kind { get; } = kind;

    protected AccountStores Stores { get; private set; } = null!;

    /// <summary>The test database; null for the in-memory stores.</summary>
    protected TestDatabase? Database => _database;

    public async Task InitializeAsync()
    {
        _database = Kind switch
        {
            StoreKind.Sqlite => new SqliteTestDatabase(),
            StoreKind.Postgres => await PostgresTestDatabase.CreateAsync(),
            _ => null,
        };
        Stores = await OpenProcessAsync();
    }

    protected async Task<AccountStores> OpenProcessAsync()
    {
        if (_database is null) return _inMemory ??= AccountStores.InMemory();
        var process = await TestStores.OpenAsync(_database);
        _processes.Add(process);
        return AccountStores.Of(process.Services);
    }

    /// <summary>Stores many CDRs quickly in one transaction (multi-row inserts; SQLite binds named parameters slowly, so one row
    /// per statement there), through the store for the in-memory stores.</summary>
    protected async Task AddCallRecordsAsync(IEnumerable<CallDetailRecord> records)
    {
        if (_database is null)
        {
            foreach (var record in records) await Stores.CallRecords.AddAsync(record, None);
            return;
        }
        await using var connection = _database.OpenConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var chunk in records.Chunk(_database.Provider == Configuration.DatabaseProvider.Sqlite ? 1 : 500))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var rows = new List<string>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var record = chunk[i];
                rows.Add($"(@id{i}, @company{i}, 'sip', @direction{i}, '+4930111', '+4930222', @started{i}, @answered{i}, @ended{i}, @disposition{i}, @cause{i}, @billable{i})");
                AddParameter(insert, $"id{i}", record.CallId);
                AddParameter(insert, $"company{i}", record.CompanyId);
                AddParameter(insert, $"direction{i}", record.Direction.ToString());
                AddParameter(insert, $"started{i}", record.StartedAt.UtcTicks);
                AddParameter(insert, $"answered{i}", record.AnsweredAt?.UtcTicks);
                AddParameter(insert, $"ended{i}", record.EndedAt.UtcTicks);
                AddParameter(insert, $"disposition{i}", record.Disposition.ToString());
                AddParameter(insert, $"cause{i}", record.Cause.ToString());
                AddParameter(insert, $"billable{i}", record.BillableSeconds);
            }
            insert.CommandText = "INSERT INTO call_records (call_id, company_id, channel, direction, from_number, to_number, started_at, answered_at, ended_at, " +
                "disposition, hangup_cause, billable_seconds) VALUES " + string.Join(", ", rows);
            await insert.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes) await process.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
