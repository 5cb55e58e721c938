namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>Information databases in memory: the default for tests and a server without a database; FlowBuilder.Data replaces it.</summary>
public sealed class InMemoryInfoDatabaseStore : IInfoDatabaseStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Company, string Id), InfoDatabase> _databases = [];
    private readonly Dictionary<(string Company, string Id), Dictionary<string, InfoRecord>> _records = [];

    public ValueTask<IReadOnlyList<InfoDatabase>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<InfoDatabase> list = _databases.Values.Where(d => d.CompanyId == companyId).OrderBy(d => d.Name, StringComparer.Ordinal)
                .Select(WithCount).ToList();
            return ValueTask.FromResult(list);
        }
    }

    public ValueTask<InfoDatabase?> GetAsync(string companyId, string databaseId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_databases.TryGetValue((companyId, databaseId), out var database) ? WithCount(database) : null);
    }

    public ValueTask SaveAsync(InfoDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        lock (_gate)
        {
            _databases[(database.CompanyId, database.Id)] = database;
            _records.TryAdd((database.CompanyId, database.Id), new Dictionary<string, InfoRecord>(StringComparer.Ordinal));
        }
        return ValueTask.CompletedTask;
    }

    public async ValueTask<long> UpsertRecordsAsync(string companyId, string databaseId, IAsyncEnumerable<InfoRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var staged = new List<InfoRecord>();
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false)) staged.Add(record);
        lock (_gate)
        {
            if (!_records.TryGetValue((companyId, databaseId), out var stored))
                throw new InvalidOperationException($"There is no information database '{databaseId}'. Create it first.");
            foreach (var record in staged) stored[record.Key] = record;
        }
        return staged.Count;
    }

    public ValueTask<InfoRecord?> FindRecordAsync(string companyId, string databaseId, string key, CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult(_records.TryGetValue((companyId, databaseId), out var stored) ? stored.GetValueOrDefault(key) : null);
    }

    /// <summary>The records keyed <paramref name="key"/> in each of the company's databases, by database name.</summary>
    internal IReadOnlyDictionary<string, object?> FindByKey(string companyId, string key)
    {
        var found = new Dictionary<string, object?>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var database in _databases.Values.Where(d => d.CompanyId == companyId))
            {
                if (_records[(companyId, database.Id)].TryGetValue(key, out var record))
                    found[database.Name] = new Dictionary<string, object?>(record.Data, StringComparer.Ordinal);
            }
        }
        return found;
    }

    private InfoDatabase WithCount(InfoDatabase database) =>
        database with { RecordCount = _records.TryGetValue((database.CompanyId, database.Id), out var stored) ? stored.Count : 0 };
}
