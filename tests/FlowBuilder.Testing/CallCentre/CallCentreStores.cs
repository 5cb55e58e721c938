using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Testing.CallCentre;

/// <summary>The product's in-memory extension and group stores, filled in one expression.</summary>
public static class CallCentreStores
{
    public static InMemoryExtensionStore Extensions(params Extension[] extensions)
    {
        var store = new InMemoryExtensionStore();
        foreach (var extension in extensions) store.SaveAsync(extension, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return store;
    }

    public static InMemoryExtensionGroupStore Groups(IExtensionStore extensions, params ExtensionGroup[] groups)
    {
        var store = new InMemoryExtensionGroupStore(extensions);
        foreach (var group in groups) store.SaveAsync(group, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return store;
    }
}
