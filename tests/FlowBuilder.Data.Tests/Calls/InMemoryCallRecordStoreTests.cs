using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Tests.Calls;

/// <summary>Runs the contract against the reference implementation, so the contract itself is checked.</summary>
public sealed class InMemoryCallRecordStoreTests : CallRecordStoreContract
{
    protected override Task<ICallRecordStore> CreateStoreAsync() => Task.FromResult<ICallRecordStore>(new InMemoryCallRecordStore());
}
