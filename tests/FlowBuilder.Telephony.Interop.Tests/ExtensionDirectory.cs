using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>An in-memory <see cref="IExtensionStore"/> for the interop tests.</summary>
internal sealed class ExtensionDirectory(params Extension[] extensions) : IExtensionStore
{
    private readonly Dictionary<string, Extension> _extensions = extensions.ToDictionary(e => e.Number, StringComparer.Ordinal);

    public ValueTask<Extension?> FindAsync(string number, CancellationToken cancellationToken) => ValueTask.FromResult(_extensions.GetValueOrDefault(number));

    public ValueTask<IReadOnlyList<Extension>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Extension>>([.. _extensions.Values.Where(e => e.CompanyId == companyId)]);

    public ValueTask SaveAsync(Extension extension, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken) => throw new NotSupportedException();
}
