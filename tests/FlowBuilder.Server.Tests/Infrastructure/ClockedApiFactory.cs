namespace FlowBuilder.Server.Tests.Infrastructure;

/// <summary>A server whose clock moves only when the test says so.</summary>
public sealed class ClockedApiFactory : FlowBuilderApiFactory
{
    public ManualTimeProvider Clock { get; } = new();

    protected override TimeProvider Time => Clock;
}
