using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Data.Tests.Flows;

/// <summary>Runs the contract against the reference implementation, so the contract itself is checked.</summary>
public sealed class InMemoryFlowRepositoryTests : FlowRepositoryContract
{
    protected override Task<IFlowRepository> CreateRepositoryAsync() => Task.FromResult<IFlowRepository>(new InMemoryFlowRepository());

    protected override Task<IFlowRepository> OpenAnotherWriterAsync() => Task.FromResult(Flows);
}
