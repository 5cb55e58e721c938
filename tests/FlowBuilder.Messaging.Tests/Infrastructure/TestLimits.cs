namespace FlowBuilder.Messaging.Tests.Infrastructure;

/// <summary>Upper bounds for waits on real peers: a test that reaches one fails instead of hanging.</summary>
internal static class TestLimits
{
    public static readonly TimeSpan Network = TimeSpan.FromSeconds(15);
}
