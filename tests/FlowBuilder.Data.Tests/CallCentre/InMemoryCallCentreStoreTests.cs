using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.Tests.CallCentre;

/// <summary>Runs the contract against the reference implementations, so the contract itself is checked.</summary>
public sealed class InMemoryCallCentreStoreTests : CallCentreStoreContract
{
    protected override Task<CallCentreStores> CreateStoresAsync()
    {
        var extensions = new InMemoryExtensionStore();
        return Task.FromResult(new CallCentreStores(
            extensions, new InMemoryExtensionGroupStore(extensions), new InMemoryCallQueueStore(), new InMemoryCallerListStore(), new InMemoryQueueCallStore()));
    }
}
