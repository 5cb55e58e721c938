namespace FlowBuilder.Server.Tests.Infrastructure;

/// <summary>A server whose clock moves only when the test says so (the base of the factories that add settings or fakes to it).</summary>
public class ClockedApiFactory : FlowBuilderApiFactory
{
    public ManualTimeProvider Clock { get; } = new();

    protected override TimeProvider Time => Clock;
}
