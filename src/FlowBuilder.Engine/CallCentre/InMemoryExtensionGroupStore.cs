namespace FlowBuilder.Engine.CallCentre;

/// <summary>Groups in memory, keyed by company and name; a group's number must be free of other groups and of <paramref name="extensions"/>.</summary>
public sealed class InMemoryExtensionGroupStore(IExtensionStore extensions) : IExtensionGroupStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string CompanyId, string Name), ExtensionGroup> _groups = [];

    public async ValueTask<ExtensionGroup?> FindAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _groups.GetValueOrDefault((companyId, name));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<ExtensionGroup?> FindByNumberAsync(string number, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _groups.Values.FirstOrDefault(g => g.Number == number);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<IReadOnlyList<ExtensionGroup>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _groups.Values.Where(g => g.CompanyId == companyId).OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask SaveAsync(ExtensionGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (group.Number is { } number)
            {
                var holder = _groups.Values.FirstOrDefault(g => g.Number == number && (g.CompanyId, g.Name) != (group.CompanyId, group.Name));
                if (holder is not null)
                    throw new CallCentreConflictException(holder.CompanyId == group.CompanyId
                        ? $"Number '{number}' is taken by group '{holder.Name}'."
                        : $"Number '{number}' is taken by another company's group.");
                if (await extensions.FindAsync(number, cancellationToken).ConfigureAwait(false) is { } extension)
                    throw new CallCentreConflictException(extension.CompanyId == group.CompanyId
                        ? $"Number '{number}' is taken by extension {number}."
                        : $"Number '{number}' is taken by another company's extension.");
            }
            _groups[(group.CompanyId, group.Name)] = group;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _groups.Remove((companyId, name));
        }
        finally
        {
            _gate.Release();
        }
    }
}
