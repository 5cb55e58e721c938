using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Tests.Operators;

internal sealed class FakeDoNotCallList : IDoNotCallList
{
    private readonly Lock _gate = new();
    private readonly List<DoNotCallEntry> _entries = [];

    public IReadOnlyList<DoNotCallEntry> Entries
    {
        get
        {
            lock (_gate) return [.. _entries];
        }
    }

    public ValueTask<bool> ContainsAsync(string companyId, string phone, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_entries.Any(e => e.CompanyId == companyId && e.Phone == phone));
    }

    public ValueTask AddAsync(string companyId, string phone, string source, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_entries.Any(e => e.CompanyId == companyId && e.Phone == phone)) _entries.Add(new DoNotCallEntry(companyId, phone, DateTimeOffset.UnixEpoch, source));
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> RemoveAsync(string companyId, string phone, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<IReadOnlyList<DoNotCallEntry>> ListAsync(string companyId, int offset, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
}
