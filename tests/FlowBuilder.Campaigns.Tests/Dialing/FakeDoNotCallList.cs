using System.Collections.Concurrent;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Tests.Dialing;

internal sealed class FakeDoNotCallList : IDoNotCallList
{
    private readonly ConcurrentDictionary<string, DoNotCallEntry> _entries = new(StringComparer.Ordinal);

    public ValueTask<bool> ContainsAsync(string companyId, string phone, CancellationToken cancellationToken) => ValueTask.FromResult(_entries.ContainsKey(companyId + "|" + phone));

    public ValueTask AddAsync(string companyId, string phone, string source, CancellationToken cancellationToken)
    {
        _entries.TryAdd(companyId + "|" + phone, new DoNotCallEntry(companyId, phone, DateTimeOffset.UnixEpoch, source));
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> RemoveAsync(string companyId, string phone, CancellationToken cancellationToken) => ValueTask.FromResult(_entries.TryRemove(companyId + "|" + phone, out _));

    public ValueTask<IReadOnlyList<DoNotCallEntry>> ListAsync(string companyId, int offset, int limit, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<DoNotCallEntry>>(_entries.Values.Where(e => e.CompanyId == companyId).Skip(offset).Take(limit).ToList());
}
