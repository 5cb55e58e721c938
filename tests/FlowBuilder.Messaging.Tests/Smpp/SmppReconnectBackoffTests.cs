using System.Threading.Channels;
using FlowBuilder.Messaging.Tests.Infrastructure;
using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Tests.Smpp;

public sealed class SmppReconnectBackoffTests
{
    [Fact]
    public async Task NoSmsc_BackoffDoublesFromOneSecondToSixtyOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var port = SmscSimulator.FreePort(); // nothing listens: every connect is refused at once
        await using var transport = TransportStates.Create(port, o => { o.ReconnectInitialSeconds = 1; o.ReconnectMaxSeconds = 60; }, time);
        var scheduled = Channel.CreateUnbounded<TimeSpan>();
        transport.ReconnectScheduled += wait => scheduled.Writer.TryWrite(wait);

        await transport.StartAsync(new RecordingSink(), CancellationToken.None);

        transport.State.ShouldBe(SmsTransportState.Reconnecting);
        var waits = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            var wait = await scheduled.Reader.ReadAsync().AsTask().WaitAsync(TestLimits.Network);
            waits.Add(wait.TotalSeconds);
            scheduled.Reader.TryPeek(out _).ShouldBeFalse(); // the next attempt waits for the clock
            time.Advance(wait);
        }
        waits.ShouldBe([1, 2, 4, 8, 16, 32, 60, 60]);
        transport.Counters.Reconnects.ShouldBeGreaterThanOrEqualTo(8);
    }
}
