namespace FlowBuilder.Engine.CallCentre;

public interface IExtensionGroupStore
{
    ValueTask<ExtensionGroup?> FindAsync(string companyId, string name, CancellationToken cancellationToken);

    /// <summary>The group with this internal number, in any company.</summary>
    ValueTask<ExtensionGroup?> FindByNumberAsync(string number, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<ExtensionGroup>> ListAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces (by company and name). Throws <see cref="CallCentreConflictException"/> when another group or extension has its number.</summary>
    ValueTask SaveAsync(ExtensionGroup group, CancellationToken cancellationToken);

    ValueTask<bool> DeleteAsync(string companyId, string name, CancellationToken cancellationToken);
}
