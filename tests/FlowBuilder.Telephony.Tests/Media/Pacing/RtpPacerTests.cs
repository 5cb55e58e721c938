using System.Net;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Rtp;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Media.Pacing;

public sealed class RtpPacerTests : IAsyncLifetime
{
    private static readonly IPEndPoint Remote = new(IPAddress.Loopback, 40000);
    private readonly CapturingRtpSink _sink = new();
    private readonly FakeTicker _ticker = new();
    private readonly RtpPacer _pacer;
    private Task _loop = Task.CompletedTask;

    public RtpPacerTests() => _pacer = new RtpPacer(_sink, _ticker);

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

    private static PacedStreamOptions Stream(uint ssrc, G711Codec codec = G711Codec.Pcmu, IdleAudio idle = IdleAudio.ComfortSilence) =>
        new(ssrc, codec, Remote) { InitialSequenceNumber = (ushort)(65530 - ssrc), InitialTimestamp = uint.MaxValue - 1000 + ssrc, Idle = idle };

    /// <summary>A prompt whose frame i is filled with byte i + 1, so packets show which frame they carry.</summary>
    private static PromptFrames Prompt(int frames, G711Codec codec = G711Codec.Pcmu) =>
        PromptFrames.FromEncoded([.. Enumerable.Range(0, frames).SelectMany(i => Enumerable.Repeat((byte)(i + 1), PromptFrames.FrameSize))], codec);

    private static void ShouldBeOneTalkSpurt(IReadOnlyList<RtpPacket> packets, PacedStreamOptions options)
    {
        for (var i = 0; i < packets.Count; i++)
        {
            packets[i].SequenceNumber.ShouldBe(unchecked((ushort)(options.InitialSequenceNumber + i)));
            packets[i].Timestamp.ShouldBe(unchecked(options.InitialTimestamp + (uint)(160 * i)));
            packets[i].Marker.ShouldBe(i == 0);
            packets[i].PayloadType.ShouldBe((byte)options.Codec);
            packets[i].Payload.Length.ShouldBe(160);
        }
    }

    [Fact]
    public async Task Pacer_ThreeStreamsOverFiftyTicks_EachSendsFiftyConsecutivePackets()
    {
        PacedStreamOptions[] options = [Stream(1), Stream(2, G711Codec.Pcma), Stream(3)];
        foreach (var o in options) _pacer.AddStream(o);

        await _ticker.AdvanceAsync(50);

        foreach (var o in options)
        {
            var packets = _sink.For(o.Ssrc);
            packets.Count.ShouldBe(50);
            ShouldBeOneTalkSpurt(packets, o);
        }
    }

    [Fact]
    public async Task Pacer_IdleStream_SendsEncodedSilence()
    {
        _pacer.AddStream(Stream(1, G711Codec.Pcma));

        await _ticker.AdvanceAsync(2);

        _sink.For(1).ShouldAllBe(p => p.Payload.ToArray().All(b => b == 0xD5));
    }

    [Fact]
    public async Task Pacer_PromptOfSevenFrames_FinishesAfterTheSeventhFrame()
    {
        var stream = _pacer.AddStream(Stream(1));
        var played = stream.Play(Prompt(7));

        await _ticker.AdvanceAsync(6);
        played.IsCompleted.ShouldBeFalse();
        await _ticker.AdvanceAsync(1);

        (await played).ShouldBe(PromptOutcome.Finished);
        _sink.For(1).Select(p => p.Payload.Span[0]).ShouldBe(new byte[] { 1, 2, 3, 4, 5, 6, 7 });
        stream.IsPlaying.ShouldBeFalse();
    }

    [Fact]
    public async Task Pacer_QueuedPrompts_PlayBackToBackInOrder()
    {
        var stream = _pacer.AddStream(Stream(1));
        var first = stream.Play(Prompt(2));
        var second = stream.Play(Prompt(3));

        await _ticker.AdvanceAsync(2);
        (await first).ShouldBe(PromptOutcome.Finished);
        second.IsCompleted.ShouldBeFalse();
        await _ticker.AdvanceAsync(4);

        (await second).ShouldBe(PromptOutcome.Finished);
        _sink.For(1).Select(p => p.Payload.Span[0]).ShouldBe(new byte[] { 1, 2, 1, 2, 3, 0xFF });
    }

    [Fact]
    public async Task Pacer_BargeInMidPrompt_CancelsItAndQueuedPromptsAndFallsBackToSilence()
    {
        var stream = _pacer.AddStream(Stream(1));
        var playing = stream.Play(Prompt(10));
        var queued = stream.Play(Prompt(2));
        await _ticker.AdvanceAsync(3);

        stream.StopPrompts().ShouldBe(2);
        await _ticker.AdvanceAsync(2);

        (await playing).ShouldBe(PromptOutcome.Cancelled);
        (await queued).ShouldBe(PromptOutcome.Cancelled);
        _sink.For(1).Select(p => p.Payload.Span[0]).ShouldBe(new byte[] { 1, 2, 3, 0xFF, 0xFF });
    }

    [Fact]
    public async Task Pacer_StreamRemovedMidway_StopsItsPacketsOnly()
    {
        var leaving = _pacer.AddStream(Stream(1));
        _pacer.AddStream(Stream(2));
        var prompt = leaving.Play(Prompt(20));
        await _ticker.AdvanceAsync(5);

        leaving.Dispose();
        await _ticker.AdvanceAsync(5);

        _sink.For(1).Count.ShouldBe(5);
        _sink.For(2).Count.ShouldBe(10);
        _pacer.StreamCount.ShouldBe(1);
        (await prompt).ShouldBe(PromptOutcome.Cancelled);
    }

    [Fact]
    public async Task Pacer_StreamAddedLater_StartsWithMarkerAndItsOwnNumbering()
    {
        _pacer.AddStream(Stream(1));
        await _ticker.AdvanceAsync(3);

        var late = Stream(2);
        _pacer.AddStream(late);
        await _ticker.AdvanceAsync(4);

        _sink.For(1).Count.ShouldBe(7);
        var packets = _sink.For(2);
        packets.Count.ShouldBe(4);
        ShouldBeOneTalkSpurt(packets, late);
    }

    [Fact]
    public async Task Pacer_ComfortSilenceThenPrompts_EachPromptsFirstPacketCarriesTheMarker()
    {
        var stream = _pacer.AddStream(Stream(1));
        await _ticker.AdvanceAsync(2);
        _ = stream.Play(Prompt(2));
        _ = stream.Play(Prompt(1));
        await _ticker.AdvanceAsync(4);

        // silence, silence, prompt A (2 frames), prompt B (1 frame), silence
        _sink.For(1).Select(p => p.Marker).ShouldBe([true, false, true, false, true, false]);
    }

    [Fact]
    public async Task Pacer_SilentWhenIdle_SendsNothingAndMarksEachTalkSpurt()
    {
        var options = Stream(1, idle: IdleAudio.None);
        var stream = _pacer.AddStream(options);
        await _ticker.AdvanceAsync(2);
        _ = stream.Play(Prompt(2));
        await _ticker.AdvanceAsync(3);
        _ = stream.Play(Prompt(1));
        await _ticker.AdvanceAsync(1);

        var packets = _sink.For(1);
        packets.Select(p => p.Marker).ShouldBe([true, false, true]);
        packets.Select(p => p.SequenceNumber).ShouldBe(new ushort[] { 65529, 65530, 65531 });
        // Ticks 2, 3 and 5 (0-based) carried audio; the timestamp advanced through the silent ticks too.
        packets.Select(p => p.Timestamp - options.InitialTimestamp).ShouldBe(new uint[] { 320, 480, 800 });
    }

    [Fact]
    public void Play_PromptInAnotherCodec_IsRejected()
    {
        var stream = _pacer.AddStream(Stream(1, G711Codec.Pcmu));

        Should.Throw<ArgumentException>(() => stream.Play(Prompt(1, G711Codec.Pcma))).Message.ShouldContain("Pcma");
    }

    [Fact]
    public async Task Play_OnRemovedStream_IsCancelledAtOnce()
    {
        var stream = _pacer.AddStream(Stream(1));
        stream.Dispose();

        (await stream.Play(Prompt(1))).ShouldBe(PromptOutcome.Cancelled);
    }

    [Fact]
    public async Task Pacer_StreamsAddedAndRemovedFromOtherThreadsWhileTicking_LeavesOtherStreamsIntact()
    {
        var steady = Stream(1);
        _pacer.AddStream(steady);

        var churn = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++) _pacer.AddStream(Stream(1000 + (uint)i)).Dispose();
        });
        await _ticker.AdvanceAsync(50);
        await churn;

        var packets = _sink.For(1);
        packets.Count.ShouldBe(50);
        ShouldBeOneTalkSpurt(packets, steady);
        _pacer.StreamCount.ShouldBe(1);
    }

    [Fact]
    public async Task Pacer_OnPacingTicker_SendsOnePacketPerTwentyMillisecondsOfClock()
    {
        var time = new FakeTimeProvider();
        var sink = new CapturingRtpSink();
        using var ticker = new PacingTicker(time);
        var pacer = new RtpPacer(sink, ticker);
        pacer.AddStream(Stream(7));
        var loop = pacer.RunAsync();

        for (var packet = 1; packet <= 10; packet++)
        {
            time.Advance(TimeSpan.FromMilliseconds(19));
            sink.Count.ShouldBe(packet - 1);
            time.Advance(TimeSpan.FromMilliseconds(1));
            await sink.WaitForCountAsync(packet);
        }

        sink.For(7).Count.ShouldBe(10);
        ticker.Dispose();
        await loop.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
