using System.Net;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Pacing;

/// <summary>A pacer ticking four times per 20 ms frame: streams keep to their slot, idle streams start prompts at once.</summary>
public sealed class RtpPacerSlotTests : IAsyncLifetime
{
    private static readonly IPEndPoint Remote = new(IPAddress.Loopback, 40000);
    private readonly CapturingRtpSink _sink = new();
    private readonly FakeTicker _ticker = new();
    private readonly RtpPacer _pacer;
    private Task _loop = Task.CompletedTask;

    public RtpPacerSlotTests() => _pacer = new RtpPacer(_sink, _ticker, ticksPerFrame: 4);

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

    private static PacedStreamOptions Stream(uint ssrc, IdleAudio idle = IdleAudio.ComfortSilence) =>
        new(ssrc, G711Codec.Pcmu, Remote) { InitialSequenceNumber = 100, InitialTimestamp = 1000, Idle = idle };

    private static PromptFrames Prompt(int frames) =>
        PromptFrames.FromEncoded([.. Enumerable.Range(0, frames).SelectMany(i => Enumerable.Repeat((byte)(i + 1), PromptFrames.FrameSize))], G711Codec.Pcmu);

    [Fact]
    public async Task Pacer_FourTicksPerFrame_EachStreamSendsOncePerFrameWith160SampleSteps()
    {
        _pacer.AddStream(Stream(1));
        await _ticker.AdvanceAsync(1);
        _pacer.AddStream(Stream(2));

        await _ticker.AdvanceAsync(15);

        var first = _sink.For(1);
        var second = _sink.For(2);
        first.Count.ShouldBe(4);
        second.Count.ShouldBe(4);
        first.Select(p => p.Timestamp).ShouldBe(new uint[] { 1000, 1160, 1320, 1480 });
        first.Select(p => p.SequenceNumber).ShouldBe(new ushort[] { 100, 101, 102, 103 });
        second.Select(p => p.Timestamp).ShouldBe(new uint[] { 1000, 1160, 1320, 1480 });
        first.Skip(1).ShouldAllBe(p => !p.Marker);
    }

    [Fact]
    public async Task Play_OnIdleStream_SendsOnTheNextTickWithMarkerAndElapsedTimestamp()
    {
        var stream = _pacer.AddStream(Stream(1));
        await _ticker.AdvanceAsync(6); // silence at ticks 0 and 4; the stream's slot is 0

        var played = stream.Play(Prompt(2));
        await _ticker.AdvanceAsync(1); // tick 6: not the slot, but the prompt starts now

        var packets = _sink.For(1);
        packets.Count.ShouldBe(3);
        var start = packets[2];
        start.Payload.Span[0].ShouldBe((byte)1);
        start.Marker.ShouldBeTrue();
        start.Timestamp.ShouldBe(1000u + 6 * 40);
        start.SequenceNumber.ShouldBe((ushort)102);

        await _ticker.AdvanceAsync(4); // the stream now keeps the new slot: tick 10
        (await played).ShouldBe(PromptOutcome.Finished);
        var after = _sink.For(1);
        after.Count.ShouldBe(4);
        after[3].Payload.Span[0].ShouldBe((byte)2);
        after[3].Timestamp.ShouldBe(1000u + 10 * 40);
        after[3].Marker.ShouldBeFalse();
    }

    [Fact]
    public async Task Play_WhilePlaying_QueuesWithoutMovingTheSlot()
    {
        var stream = _pacer.AddStream(Stream(1));
        var first = stream.Play(Prompt(3));
        await _ticker.AdvanceAsync(2);

        var second = stream.Play(Prompt(1));
        await _ticker.AdvanceAsync(11); // the queued prompt goes out on the slot after the first ends: tick 12

        (await first).ShouldBe(PromptOutcome.Finished);
        (await second).ShouldBe(PromptOutcome.Finished);
        _sink.For(1).Select(p => p.Timestamp - 1000).ShouldBe(new uint[] { 0, 160, 320, 480 });
        _sink.For(1).Select(p => p.Payload.Span[0]).ShouldBe(new byte[] { 1, 2, 3, 1 });
    }

    [Fact]
    public async Task Play_OnSilentIdleStream_StartsATalkSpurtAtOnce()
    {
        var stream = _pacer.AddStream(Stream(1, IdleAudio.None));
        await _ticker.AdvanceAsync(3);

        _ = stream.Play(Prompt(1));
        await _ticker.AdvanceAsync(1);

        var only = _sink.For(1).ShouldHaveSingleItem();
        only.Marker.ShouldBeTrue();
        only.Timestamp.ShouldBe(1000u + 3 * 40);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(21)]
    public void Pacer_TicksPerFrameThatDoNotDivideAFrame_AreRejected(int ticksPerFrame) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new RtpPacer(_sink, _ticker, ticksPerFrame));
}
