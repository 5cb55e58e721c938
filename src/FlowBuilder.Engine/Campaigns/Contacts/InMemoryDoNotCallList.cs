namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>Do-not-call lists in memory: the default for tests and a server without a database; FlowBuilder.Data replaces it.</summary>
public sealed class InMemoryDoNotCallList(TimeProvider time) : IDoNotCallList
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Company, string Phone), DoNotCallEntry> _entries = [];

    public InMemoryDoNotCallList() : this(TimeProvider.System)
    {
    }

    public ValueTask<bool> ContainsAsync(string companyId, string phone, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_entries.ContainsKey((companyId, phone)));
    }

    public ValueTask AddAsync(string companyId, string phone, string source, CancellationToken cancellationToken)
    {
        lock (_gate) _entries.TryAdd((companyId, phone), new DoNotCallEntry(companyId, phone, time.GetUtcNow(), source));
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> RemoveAsync(string companyId, string phone, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_entries.Remove((companyId, phone)));
    }

    public ValueTask<IReadOnlyList<DoNotCallEntry>> ListAsync(string companyId, int offset, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DoNotCallEntry> page = _entries.Values.Where(e => e.CompanyId == companyId)
                .OrderBy(e => e.Phone, StringComparer.Ordinal).Skip(Math.Max(0, offset)).Take(Math.Max(0, limit)).ToList();
            return ValueTask.FromResult(page);
        }
    }
}
