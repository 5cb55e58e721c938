using System.Net;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Pacing;

public sealed class PacedStreamSuspendTests : IAsyncLifetime
{
    private readonly CapturingRtpSink _sink = new();
    private readonly FakeTicker _ticker = new();
    private readonly RtpPacer _pacer;
    private Task _loop = Task.CompletedTask;

    public PacedStreamSuspendTests() => _pacer = new RtpPacer(_sink, _ticker);

    public Task InitializeAsync()
    {
        _loop = _pacer.RunAsync();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _ticker.Stop();
        await _loop.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Suspend_StopsSendingAndReportsWhereTheStreamStands_ResumeContinuesAfterTheOtherSourceWithMarker()
    {
        var options = new PacedStreamOptions(42, G711Codec.Pcmu, new IPEndPoint(IPAddress.Loopback, 40000)) { InitialSequenceNumber = 100, InitialTimestamp = 8000 };
        var stream = _pacer.AddStream(options);
        await _ticker.AdvanceAsync(2);

        var position = stream.Suspend();
        await _ticker.AdvanceAsync(3);
        _sink.Count.ShouldBe(2);
        stream.IsSuspended.ShouldBeTrue();

        // A relay sent 7 packets meanwhile: the stream goes on after them, on the clock that kept running.
        stream.Resume(new PacedStreamPosition((ushort)(position.Sequence + 7), position.Timestamp + 7 * 160));
        await _ticker.AdvanceAsync(1);

        position.ShouldBe(new PacedStreamPosition(102, 8320));
        var sent = _sink.For(42);
        sent.Count.ShouldBe(3);
        // The relay ran ahead of the pacer's clock (7 frames in 3): the stream goes on after it, never back in time.
        (sent[2].SequenceNumber, sent[2].Timestamp, sent[2].Marker).ShouldBe(((ushort)109, 8320u + 7 * 160, true));
    }
}

