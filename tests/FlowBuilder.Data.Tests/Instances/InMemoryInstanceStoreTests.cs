using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Data.Tests.Instances;

/// <summary>Runs the contract against the reference implementation, so the contract itself is checked.</summary>
public sealed class InMemoryInstanceStoreTests : InstanceStoreContract
{
    protected override Task<IInstanceStore> CreateStoreAsync() => Task.FromResult<IInstanceStore>(new InMemoryInstanceStore());
}
