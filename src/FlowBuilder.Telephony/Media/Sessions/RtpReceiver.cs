using System.Net;
using System.Net.Sockets;
using FlowBuilder.Telephony.Media.Codecs;
using FlowBuilder.Telephony.Media.Dtmf;
using FlowBuilder.Telephony.Rtp;

namespace FlowBuilder.Telephony.Media.Sessions;

/// <summary>
/// Reads one call's RTP socket, on its own async loop (<see cref="Start"/>) or fed by a shared
/// <see cref="RtpReceiveLoop"/> (<see cref="StartOn"/>, or <see cref="Accept"/> directly). Packets from a source
/// other than the negotiated remote, with another payload type (comfort noise, 13, is accepted and ignored), or that
/// do not parse are dropped. Telephone-events go to a
/// <see cref="TelephoneEventReceiver"/>, G.711 audio (decoded) to a <see cref="DtmfDetector"/>; each press raises
/// <see cref="DigitReceived"/> once, on the receive loop. Dispose stops the loop; the socket stays open.
/// </summary>
public sealed class RtpReceiver : IAsyncDisposable, IRtpDatagramHandler
{
    private const int MaxDatagram = 2048;

    /// <summary>RFC 3389 comfort noise: counted as media (the peer is alive), never decoded.</summary>
    private const byte ComfortNoisePayloadType = 13;

    private readonly Socket _socket;
    private readonly RtpReceiverOptions _options;
    private readonly TimeProvider _time;
    private readonly TelephoneEventReceiver? _events;
    private readonly DtmfDetector? _detector;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private IDisposable? _registration;
    private byte[]? _acceptBuffer;
    private long _packets;
    private long _bytes;
    private long _dropped;
    private long _lastPacketTicks = -1;
    private volatile IRtpPacketObserver? _relay;
    private volatile IRtpPacketObserver? _tap;

    public RtpReceiver(UdpRtpSink sink, RtpReceiverOptions options, TimeProvider? time = null)
        : this(sink.Socket, options, time)
    {
    }

    internal RtpReceiver(Socket socket, RtpReceiverOptions options, TimeProvider? time)
    {
        _socket = socket;
        _options = options;
        _time = time ?? TimeProvider.System;
        if (options.TelephoneEventPayloadType is { } eventType) _events = new TelephoneEventReceiver(eventType);
        if (options.DetectInbandDtmf) _detector = new DtmfDetector();
    }

    /// <summary>Raised on the receive loop for each key press.</summary>
    public event EventHandler<ReceivedDigit>? DigitReceived;

    /// <summary>Raised on the receive loop after each datagram, accepted or dropped.</summary>
    public event EventHandler? DatagramHandled;

    /// <summary>Accepted packets.</summary>
    public long Packets => Interlocked.Read(ref _packets);

    /// <summary>Bytes of accepted packets, RTP header included.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Datagrams ignored: unexpected source or payload type, not RTP, receive errors.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>When the last accepted packet arrived, by the injected clock; null before the first.</summary>
    public DateTimeOffset? LastPacketAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastPacketTicks);
            return ticks < 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Gets each accepted packet first, on the receive loop (a bridge's relay); null for none.</summary>
    internal IRtpPacketObserver? Relay
    {
        get => _relay;
        set => _relay = value;
    }

    /// <summary>Gets each accepted packet after the relay (a recording); null for none.</summary>
    internal IRtpPacketObserver? Tap
    {
        get => _tap;
        set => _tap = value;
    }

    /// <summary>Starts this receiver's own async receive loop on the socket.</summary>
    public void Start()
    {
        if (!_loop.IsCompleted || _registration is not null) throw new InvalidOperationException("The RTP receiver is already running.");
        _loop = ReceiveLoopAsync(_stop.Token);
    }

    /// <summary>
    /// Has <paramref name="loop"/> read the socket instead of an async loop of its own (which the receiver then
    /// never starts): events are raised on the loop's thread. Dispose takes the socket off the loop.
    /// </summary>
    public void StartOn(RtpReceiveLoop loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        if (!_loop.IsCompleted || _registration is not null) throw new InvalidOperationException("The RTP receiver is already running.");
        _registration = loop.Register(_socket, this);
    }

    /// <summary>
    /// Handles one datagram read elsewhere (as <see cref="RtpReceiveLoop"/> does), exactly as the receiver's own loop
    /// would: counted, parsed, digits raised. Call from one thread at a time and not alongside <see cref="Start"/>.
    /// </summary>
    public void Accept(ReadOnlySpan<byte> datagram, IPEndPoint from)
    {
        var buffer = _acceptBuffer ??= new byte[MaxDatagram];
        if (datagram.Length > buffer.Length)
        {
            Interlocked.Increment(ref _dropped);
        }
        else
        {
            datagram.CopyTo(buffer);
            Handle(buffer.AsMemory(0, datagram.Length), from);
        }
        DatagramHandled?.Invoke(this, EventArgs.Empty);
    }

    public async ValueTask DisposeAsync()
    {
        _registration?.Dispose();
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxDatagram];
        EndPoint any = new IPEndPoint(_options.Remote.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try
            {
                result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException) when (!cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref _dropped);
                continue;
            }
            catch (SocketException)
            {
                return;
            }
            Handle(buffer.AsMemory(0, result.ReceivedBytes), result.RemoteEndPoint);
            DatagramHandled?.Invoke(this, EventArgs.Empty);
        }
    }

    private void Handle(ReadOnlyMemory<byte> datagram, EndPoint source)
    {
        var receivedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        if (!_options.Remote.Equals(source) || !RtpPacket.TryParse(datagram, out var packet, out _))
        {
            Interlocked.Increment(ref _dropped);
            return;
        }
        var isEvent = _events is not null && packet.PayloadType == _events.PayloadType;
        var isComfortNoise = packet.PayloadType == ComfortNoisePayloadType;
        if (!isEvent && !isComfortNoise && packet.PayloadType != (byte)_options.Codec)
        {
            Interlocked.Increment(ref _dropped);
            return;
        }

        Interlocked.Increment(ref _packets);
        Interlocked.Add(ref _bytes, datagram.Length);
        Interlocked.Exchange(ref _lastPacketTicks, _time.GetUtcNow().UtcTicks);
        if (_relay is { } relay) relay.OnPacket(packet, receivedAt);
        if (_tap is { } tap) tap.OnPacket(packet, receivedAt);

        if (isEvent)
        {
            foreach (var digit in _events!.Receive(packet)) Raise(digit, DigitSource.Rfc4733);
            return;
        }
        // While bridged the audio (and any tone in it) goes to the other party; nobody reads digits from it meanwhile.
        if (_detector is null || isComfortNoise || _relay is not null) return;
        Span<short> samples = stackalloc short[packet.Payload.Length];
        if (_options.Codec == G711Codec.Pcma) G711ALaw.Decode(packet.Payload.Span, samples);
        else G711MuLaw.Decode(packet.Payload.Span, samples);
        foreach (var digit in _detector.Process(samples)) Raise(digit, DigitSource.Inband);
    }

    private void Raise(DetectedDigit digit, DigitSource source) =>
        DigitReceived?.Invoke(this, new ReceivedDigit(digit.Digit, digit.Duration, source));
}
