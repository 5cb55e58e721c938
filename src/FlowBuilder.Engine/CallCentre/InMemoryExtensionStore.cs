namespace FlowBuilder.Engine.CallCentre;

/// <summary>Extensions in memory, keyed by number (numbers are unique on the server).</summary>
public sealed class InMemoryExtensionStore : IExtensionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Extension> _extensions = new(StringComparer.Ordinal);

    public ValueTask<Extension?> FindAsync(string number, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_extensions.GetValueOrDefault(number));
    }

    public ValueTask<IReadOnlyList<Extension>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Extension> found = _extensions.Values.Where(e => e.CompanyId == companyId).OrderBy(e => e.Number, StringComparer.Ordinal).ToList();
            return ValueTask.FromResult(found);
        }
    }

    public ValueTask SaveAsync(Extension extension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(extension);
        lock (_gate)
        {
            if (_extensions.TryGetValue(extension.Number, out var existing) && existing.CompanyId != extension.CompanyId)
                throw new CallCentreConflictException($"Extension number '{extension.Number}' is taken by another company's extension.");
            _extensions[extension.Number] = extension;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var deleted = _extensions.TryGetValue(number, out var existing) && existing.CompanyId == companyId && _extensions.Remove(number);
            return ValueTask.FromResult(deleted);
        }
    }
}
