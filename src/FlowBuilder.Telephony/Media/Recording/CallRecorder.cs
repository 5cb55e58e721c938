using System.Buffers.Binary;
using FlowBuilder.Telephony.Media.Audio;
using FlowBuilder.Telephony.Media.Codecs;

namespace FlowBuilder.Telephony.Media.Recording;

/// <summary>
/// Streams a call's audio to a 16-bit PCM 8 kHz WAV file as it arrives: one channel, or two (left what the party says,
/// right what it hears). Samples are placed on one wall-clock timeline that starts at construction: the first packet of
/// a source at its arrival time, the following ones by their RTP timestamps (re-anchored after a jump of more than
/// <see cref="MaxDriftSamples"/>), so gaps (loss, silence suppression, no RTP) become silence and both channels stay aligned.
/// At most <see cref="WindowSamples"/> per channel are held in memory; older samples are written out. The RIFF sizes are
/// written by <see cref="Complete"/>. Thread-safe: the channels are fed from the receive loop and the pacer.
/// </summary>
public sealed class CallRecorder : IDisposable
{
    public const int SampleRate = 8000;
    public const int WindowSamples = SampleRate;
    public const int MaxDriftSamples = SampleRate / 2;
    private const int HeaderLength = 44;

    private readonly Lock _gate = new();
    private readonly FileStream _file;
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly short[][] _windows;
    private readonly ChannelClock[] _clocks;
    private readonly byte[] _staging;
    private long _committed;
    private long _end;
    private bool _completed;

    /// <param name="channels">1 (mono) or 2 (stereo).</param>
    public CallRecorder(string path, int channels, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (channels is not (1 or 2)) throw new ArgumentOutOfRangeException(nameof(channels), channels, "A recording has 1 or 2 channels.");
        Path = path;
        Channels = channels;
        _time = time ?? TimeProvider.System;
        _windows = [.. Enumerable.Range(0, channels).Select(_ => new short[WindowSamples])];
        _clocks = [.. Enumerable.Range(0, channels).Select(_ => new ChannelClock())];
        _staging = new byte[WindowSamples * channels * 2];
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, bufferSize: 64 * 1024);
        _file.Write(Header(channels, 0));
        _start = _time.GetTimestamp();
    }

    public string Path { get; }

    public int Channels { get; }

    /// <summary>Samples per channel written to the file so far.</summary>
    public long SamplesWritten
    {
        get
        {
            lock (_gate) return _committed;
        }
    }

    /// <summary>
    /// Adds one RTP packet's payload to <paramref name="channel"/>: G.711 (payload type 0 or 8) is decoded and placed;
    /// other payload types (telephone-events, comfort noise) are ignored.
    /// </summary>
    public void Write(int channel, byte payloadType, uint ssrc, uint timestamp, ReadOnlySpan<byte> payload)
    {
        if (payloadType is not ((byte)G711Codec.Pcmu or (byte)G711Codec.Pcma) || payload.IsEmpty) return;
        lock (_gate)
        {
            if (_completed) return;
            var arrival = Now();
            var clock = _clocks[channel];
            long position = 0;
            var placed = false;
            if (clock.Anchored && clock.Ssrc == ssrc)
            {
                position = clock.AnchorPosition + (int)(timestamp - clock.AnchorTimestamp);
                placed = Math.Abs(position + payload.Length - arrival) <= MaxDriftSamples;
            }
            if (!placed)
            {
                position = Math.Max(0, arrival - payload.Length);
                (clock.Anchored, clock.Ssrc, clock.AnchorTimestamp, clock.AnchorPosition) = (true, ssrc, timestamp, position);
            }
            var end = position + payload.Length;
            if (end > _committed + WindowSamples) FlushTo(end - WindowSamples);
            var window = _windows[channel];
            for (var i = 0; i < payload.Length; i++)
            {
                var at = position + i;
                if (at < _committed) continue;
                window[at % WindowSamples] = payloadType == (byte)G711Codec.Pcma ? G711ALaw.Decode(payload[i]) : G711MuLaw.Decode(payload[i]);
            }
            _end = Math.Max(_end, end);
        }
    }

    /// <summary>Writes what is held up to now (silence where nothing arrived), then the WAV sizes, and closes the file;
    /// returns the file's length in bytes. Later calls return the same.</summary>
    public long Complete()
    {
        lock (_gate)
        {
            if (!_completed)
            {
                _completed = true;
                FlushTo(Math.Max(_end, Now()));
                var dataLength = _committed * Channels * 2;
                _file.Position = 0;
                _file.Write(Header(Channels, dataLength));
                _file.Flush();
                _file.Dispose();
            }
            return HeaderLength + _committed * Channels * 2;
        }
    }

    public void Dispose() => Complete();

    /// <summary>The 44-byte RIFF/WAVE header of 16-bit PCM at 8 kHz with <paramref name="dataLength"/> bytes of samples.</summary>
    public static byte[] Header(int channels, long dataLength) => WavWriter.Header(SampleRate, channels, dataLength);

    private long Now() => (long)(_time.GetElapsedTime(_start).Ticks * (double)SampleRate / TimeSpan.TicksPerSecond);

    /// <summary>Writes samples [committed, target) of every channel, interleaved, and clears their slots.</summary>
    private void FlushTo(long target)
    {
        while (_committed < target)
        {
            var count = (int)Math.Min(target - _committed, WindowSamples);
            var bytes = 0;
            for (var i = 0; i < count; i++)
            {
                var slot = (int)((_committed + i) % WindowSamples);
                foreach (var window in _windows)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(_staging.AsSpan(bytes), window[slot]);
                    window[slot] = 0;
                    bytes += 2;
                }
            }
            _file.Write(_staging, 0, bytes);
            _committed += count;
        }
    }

    private sealed class ChannelClock
    {
        public bool Anchored;
        public uint Ssrc;
        public uint AnchorTimestamp;
        public long AnchorPosition;
    }
}
