using System.Collections.Concurrent;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Telephony.Tests.Fakes;

internal sealed class InMemoryExtensionStore : IExtensionStore
{
    private readonly ConcurrentDictionary<string, Extension> _extensions = new(StringComparer.Ordinal);

    public InMemoryExtensionStore Add(Extension extension)
    {
        _extensions[extension.Number] = extension;
        return this;
    }

    public ValueTask<Extension?> FindAsync(string number, CancellationToken cancellationToken) => ValueTask.FromResult(_extensions.GetValueOrDefault(number));

    public ValueTask<IReadOnlyList<Extension>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Extension>>([.. _extensions.Values.Where(e => e.CompanyId == companyId)]);

    public ValueTask SaveAsync(Extension extension, CancellationToken cancellationToken)
    {
        Add(extension);
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken) => ValueTask.FromResult(_extensions.TryRemove(number, out _));
}
