using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Testing.CallCentre;

/// <summary>Extensions in a dictionary keyed by number (unique on the server, like the real stores).</summary>
public sealed class FakeExtensionStore : IExtensionStore
{
    private readonly Dictionary<string, Extension> _byNumber = new(StringComparer.Ordinal);

    public FakeExtensionStore(params Extension[] extensions)
    {
        foreach (var extension in extensions) _byNumber[extension.Number] = extension;
    }

    public ValueTask<Extension?> FindAsync(string number, CancellationToken cancellationToken) => ValueTask.FromResult(_byNumber.GetValueOrDefault(number));

    public ValueTask<IReadOnlyList<Extension>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Extension>>(_byNumber.Values.Where(e => e.CompanyId == companyId).OrderBy(e => e.Number, StringComparer.Ordinal).ToList());

    public ValueTask SaveAsync(Extension extension, CancellationToken cancellationToken)
    {
        if (_byNumber.TryGetValue(extension.Number, out var taken) && taken.CompanyId != extension.CompanyId)
            throw new CallCentreConflictException($"Extension {extension.Number} belongs to another company.");
        _byNumber[extension.Number] = extension;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_byNumber.TryGetValue(number, out var found) && found.CompanyId == companyId && _byNumber.Remove(number));
}
