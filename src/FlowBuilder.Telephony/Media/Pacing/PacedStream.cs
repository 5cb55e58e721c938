using System.Net;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Media.Pacing;

/// <summary>
/// One call's outgoing audio on an <see cref="RtpPacer"/>: a queue of prompts played back to back, one 20 ms
/// frame per tick. Thread-safe; <see cref="Dispose"/> takes the stream off the pacer.
/// </summary>
public sealed class PacedStream : IDisposable
{
    private static readonly byte[] MuLawSilence = SilenceFrame(G711Codec.Pcmu);
    private static readonly byte[] ALawSilence = SilenceFrame(G711Codec.Pcma);

    private readonly RtpPacer _pacer;
    private readonly Lock _gate = new();
    private readonly Queue<QueuedPrompt> _queue = new();
    private QueuedPrompt? _current;
    private int _frame;
    private ushort _sequence;
    private uint _timestamp;
    private bool _sentLastFrame;
    private bool _removed;
    private int _slot = -1;
    private bool _startNow;
    private bool _suspended;

    internal PacedStream(RtpPacer pacer, PacedStreamOptions options)
    {
        _pacer = pacer;
        Options = options;
        _sequence = options.InitialSequenceNumber;
        _timestamp = options.InitialTimestamp;
    }

    public PacedStreamOptions Options { get; }

    public bool IsPlaying
    {
        get
        {
            lock (_gate) return _current is not null || _queue.Count > 0;
        }
    }

    /// <summary>
    /// Queues <paramref name="prompt"/> after any already queued. The task completes with
    /// <see cref="PromptOutcome.Finished"/> once its last frame is sent, or <see cref="PromptOutcome.Cancelled"/>
    /// on <see cref="StopPrompts"/> or removal. Continuations run off the pacing loop.
    /// </summary>
    public Task<PromptOutcome> Play(PromptFrames prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (prompt.Codec != Options.Codec)
        {
            throw new ArgumentException($"The prompt is {prompt.Codec} but stream {Options.Ssrc:x8} sends {Options.Codec}.", nameof(prompt));
        }
        var queued = new QueuedPrompt(prompt);
        lock (_gate)
        {
            if (_removed) queued.Complete(PromptOutcome.Cancelled);
            else if (prompt.FrameCount == 0 && _current is null && _queue.Count == 0) queued.Complete(PromptOutcome.Finished);
            else
            {
                // An idle stream starts the prompt on the pacer's next tick rather than at its own slot.
                if (_current is null && _queue.Count == 0) _startNow = true;
                _queue.Enqueue(queued);
            }
        }
        return queued.Completion.Task;
    }

    /// <summary>Barge-in: cancels the prompt playing and every queued one; returns how many were cancelled.</summary>
    public int StopPrompts()
    {
        List<QueuedPrompt> cancelled;
        lock (_gate) cancelled = TakeAll();
        foreach (var prompt in cancelled) prompt.Complete(PromptOutcome.Cancelled);
        return cancelled.Count;
    }

    /// <summary>
    /// Stops sending (no prompt, no idle audio) while another source sends this stream's packets (a bridge's relay); the
    /// timestamp keeps advancing with the pacer's clock. Returns where the stream stands, for that source to continue it.
    /// </summary>
    public PacedStreamPosition Suspend()
    {
        lock (_gate)
        {
            _suspended = true;
            return new PacedStreamPosition(_sequence, _timestamp);
        }
    }

    /// <summary>Sends again after <see cref="Suspend"/>, from <paramref name="next"/>'s sequence number on, and with a timestamp no
    /// earlier than its timestamp (the other source may have run ahead of the pacer's clock); the first packet has the marker bit.</summary>
    public void Resume(PacedStreamPosition next)
    {
        lock (_gate)
        {
            _sequence = next.Sequence;
            if ((int)(next.Timestamp - _timestamp) > 0) _timestamp = next.Timestamp;
            _suspended = false;
            _sentLastFrame = false;
        }
    }

    public bool IsSuspended
    {
        get
        {
            lock (_gate) return _suspended;
        }
    }

    public void Dispose()
    {
        List<QueuedPrompt> cancelled;
        lock (_gate)
        {
            if (_removed) return;
            _removed = true;
            cancelled = TakeAll();
        }
        _pacer.Remove(this);
        foreach (var prompt in cancelled) prompt.Complete(PromptOutcome.Cancelled);
    }

    /// <summary>
    /// Advances the stream by one pacer tick: on the stream's slot (or at once when a prompt was just started on an
    /// idle stream), writes the next packet into <paramref name="buffer"/> and returns its length; otherwise, or
    /// when nothing is to be sent, returns 0. A prompt whose last frame this was is returned in
    /// <paramref name="finished"/>, to be completed after the packet is sent.
    /// </summary>
    internal int NextPacket(long tick, Span<byte> buffer, out IPEndPoint remote, out QueuedPrompt? finished)
    {
        remote = Options.Remote;
        finished = null;
        lock (_gate)
        {
            if (_removed) return 0;
            var ticksPerFrame = _pacer.TicksPerFrame;
            var phase = (int)(tick % ticksPerFrame);
            var timestamp = _timestamp;
            _timestamp += (uint)(PromptFrames.FrameSize / ticksPerFrame);
            if (_suspended) return 0;
            var moved = false;
            if (_slot < 0) _slot = phase;
            else if (phase != _slot)
            {
                if (!_startNow || _queue.Count == 0) return 0;
                _slot = phase;
                moved = true;
            }
            _startNow = false;

            _current ??= _queue.TryDequeue(out var next) ? next : null;
            ReadOnlyMemory<byte> payload;
            var promptStarts = false;
            if (_current is { } playing && _frame < playing.Frames.FrameCount)
            {
                promptStarts = _frame == 0;
                payload = playing.Frames.Frame(_frame++);
                if (_frame == playing.Frames.FrameCount)
                {
                    finished = playing;
                    _current = null;
                    _frame = 0;
                }
            }
            else if (Options.Idle == IdleAudio.ComfortSilence)
            {
                payload = Options.Codec == G711Codec.Pcmu ? MuLawSilence : ALawSilence;
            }
            else
            {
                _sentLastFrame = false;
                return 0;
            }

            var packet = new RtpPacket
            {
                // A prompt is a talkspurt (RFC 3551 4.1): its first packet has the marker bit, after comfort silence too.
                Marker = !_sentLastFrame || moved || promptStarts,
                PayloadType = (byte)Options.Codec,
                SequenceNumber = _sequence++,
                Timestamp = timestamp,
                Ssrc = Options.Ssrc,
                Payload = payload,
            };
            _sentLastFrame = true;
            return packet.WriteTo(buffer);
        }
    }

    private List<QueuedPrompt> TakeAll()
    {
        var all = new List<QueuedPrompt>(_queue.Count + 1);
        if (_current is not null) all.Add(_current);
        all.AddRange(_queue);
        _queue.Clear();
        _current = null;
        _frame = 0;
        return all;
    }

    private static byte[] SilenceFrame(G711Codec codec)
    {
        var frame = new byte[PromptFrames.FrameSize];
        frame.AsSpan().Fill(PromptFrames.Silence(codec));
        return frame;
    }

    internal sealed class QueuedPrompt(PromptFrames frames)
    {
        public PromptFrames Frames { get; } = frames;

        public TaskCompletionSource<PromptOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Complete(PromptOutcome outcome) => Completion.TrySetResult(outcome);
    }
}
