using System.Collections.Concurrent;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Telephony.Tests.Fakes;

internal sealed class InMemoryExtensionGroupStore : IExtensionGroupStore
{
    private readonly ConcurrentDictionary<(string, string), ExtensionGroup> _groups = new();

    public InMemoryExtensionGroupStore Add(ExtensionGroup group)
    {
        _groups[(group.CompanyId, group.Name)] = group;
        return this;
    }

    public ValueTask<ExtensionGroup?> FindAsync(string companyId, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_groups.GetValueOrDefault((companyId, name)));

    public ValueTask<ExtensionGroup?> FindByNumberAsync(string number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_groups.Values.FirstOrDefault(g => g.Number == number));

    public ValueTask<IReadOnlyList<ExtensionGroup>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ExtensionGroup>>([.. _groups.Values.Where(g => g.CompanyId == companyId)]);

    public ValueTask SaveAsync(ExtensionGroup group, CancellationToken cancellationToken)
    {
        Add(group);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken) => ValueTask.FromResult(_groups.TryRemove((companyId, name), out _));
}
