using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Tests.Calls;

/// <summary>Runs the contract against the reference implementation, so the contract itself is checked.</summary>
public sealed class InMemoryCallRecordingStoreTests : CallRecordingStoreContract
{
    protected override Task<ICallRecordingStore> CreateStoreAsync() => Task.FromResult<ICallRecordingStore>(new InMemoryCallRecordingStore());
}
