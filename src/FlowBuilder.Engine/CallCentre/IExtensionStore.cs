namespace FlowBuilder.Engine.CallCentre;

public interface IExtensionStore
{
    /// <summary>The extension with this number, in any company (numbers are unique on the server).</summary>
    ValueTask<Extension?> FindAsync(string number, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<Extension>> ListAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces (by number). Throws <see cref="CallCentreConflictException"/> when another company has the number.</summary>
    ValueTask SaveAsync(Extension extension, CancellationToken cancellationToken);

    ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken);
}
