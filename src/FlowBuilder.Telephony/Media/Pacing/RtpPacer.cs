using System.Collections.Immutable;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>
/// One loop that sends the next 20 ms frame of every active <see cref="PacedStream"/> through the stream's own
/// <see cref="PacedStreamOptions.Sink"/>, else the pacer's default <see cref="IRtpSink"/> — no thread or timer per call. Streams are added and removed at any time from any thread;
/// each keeps its own sequence numbers and timestamps (+160 per frame, also for frames it sends nothing).
/// <para>
/// With <paramref name="ticksPerFrame"/> above 1 the ticker ticks that many times per 20 ms frame (4: every 5 ms) and
/// each stream sends on one of those ticks, its slot: the work of a frame is spread over the frame, and a prompt
/// started on an idle stream goes out on the very next tick instead of waiting up to 20 ms for the stream's slot
/// (the stream moves to that slot, with the marker bit set and the timestamp advanced by the time that passed).
/// </para>
/// </summary>
/// <param name="ticksPerFrame">Ticks of <paramref name="ticker"/> per 20 ms frame: 1 (a 20 ms ticker) up to 20 (1 ms).</param>
public sealed class RtpPacer(IRtpSink sink, IPacingTicker ticker, int ticksPerFrame = 1)
{
    private readonly Lock _gate = new();
    private readonly byte[] _buffer = new byte[RtpPacket.FixedHeaderLength + PromptFrames.FrameSize];
    private ImmutableArray<PacedStream> _streams = [];
    private long _tick;

    public int StreamCount => _streams.Length;

    public int TicksPerFrame { get; } = ticksPerFrame is >= 1 and <= PromptFrames.FrameSize / 8 && PromptFrames.FrameSize % ticksPerFrame == 0
        ? ticksPerFrame
        : throw new ArgumentOutOfRangeException(nameof(ticksPerFrame), ticksPerFrame, "Ticks per frame must divide the 160 samples of a frame and be between 1 and 20.");

    public PacedStream AddStream(PacedStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stream = new PacedStream(this, options);
        lock (_gate) _streams = _streams.Add(stream);
        return stream;
    }

    /// <summary>Runs until the ticker stops (then returns) or <paramref name="cancellationToken"/> fires (then throws).</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        while (await ticker.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false)) SendTick();
    }

    internal void Remove(PacedStream stream)
    {
        lock (_gate) _streams = _streams.Remove(stream);
    }

    private void SendTick()
    {
        var tick = _tick++;
        foreach (var stream in _streams)
        {
            var length = stream.NextPacket(tick, _buffer, out var remote, out var finished);
            if (length > 0) (stream.Options.Sink ?? sink).Send(_buffer.AsSpan(0, length), remote);
            finished?.Complete(PromptOutcome.Finished);
        }
    }
}
