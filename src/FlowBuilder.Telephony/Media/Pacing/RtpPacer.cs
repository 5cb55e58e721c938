using System.Collections.Immutable;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>
/// One loop that, on every tick of its <see cref="IPacingTicker"/>, sends the next 20 ms frame of every active
/// <see cref="PacedStream"/> through the <see cref="IRtpSink"/> — no thread or timer per call. Streams are added
/// and removed at any time from any thread; each keeps its own sequence numbers and timestamps (+160 per tick,
/// also for ticks it sends nothing).
/// </summary>
public sealed class RtpPacer(IRtpSink sink, IPacingTicker ticker)
{
    private readonly Lock _gate = new();
    private readonly byte[] _buffer = new byte[RtpPacket.FixedHeaderLength + PromptFrames.FrameSize];
    private ImmutableArray<PacedStream> _streams = [];

    public int StreamCount => _streams.Length;

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
        foreach (var stream in _streams)
        {
            var length = stream.NextPacket(_buffer, out var remote, out var finished);
            if (length > 0) sink.Send(_buffer.AsSpan(0, length), remote);
            finished?.Complete(PromptOutcome.Finished);
        }
    }
}
