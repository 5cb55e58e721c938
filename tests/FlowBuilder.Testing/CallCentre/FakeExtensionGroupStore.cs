using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Testing.CallCentre;

/// <summary>Groups in a dictionary keyed by company and name.</summary>
public sealed class FakeExtensionGroupStore : IExtensionGroupStore
{
    private readonly Dictionary<(string Company, string Name), ExtensionGroup> _groups = [];

    public FakeExtensionGroupStore(params ExtensionGroup[] groups)
    {
        foreach (var group in groups) _groups[(group.CompanyId, group.Name)] = group;
    }

    public ValueTask<ExtensionGroup?> FindAsync(string companyId, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_groups.Values.FirstOrDefault(g => g.CompanyId == companyId && string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)));

    public ValueTask<ExtensionGroup?> FindByNumberAsync(string number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_groups.Values.FirstOrDefault(g => g.Number == number));

    public ValueTask<IReadOnlyList<ExtensionGroup>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ExtensionGroup>>(_groups.Values.Where(g => g.CompanyId == companyId).ToList());

    public ValueTask SaveAsync(ExtensionGroup group, CancellationToken cancellationToken)
    {
        _groups[(group.CompanyId, group.Name)] = group;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_groups.Remove((companyId, name)));
}
