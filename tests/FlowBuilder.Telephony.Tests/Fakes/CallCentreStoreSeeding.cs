using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Telephony.Tests.Fakes;

/// <summary>Fills the product's in-memory call-centre stores in one expression.</summary>
internal static class CallCentreStoreSeeding
{
    public static InMemoryExtensionStore Add(this InMemoryExtensionStore store, Extension extension)
    {
        store.SaveAsync(extension, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return store;
    }

    public static InMemoryExtensionGroupStore Add(this InMemoryExtensionGroupStore store, ExtensionGroup group)
    {
        store.SaveAsync(group, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return store;
    }
}
