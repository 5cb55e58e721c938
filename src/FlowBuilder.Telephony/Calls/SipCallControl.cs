using System.Collections.Concurrent;
using System.Net;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Pacing;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Rtp;
using FlowBuilder.Telephony.Sip.Registrar;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Telephony.Calls;

/// <summary>
/// The <c>sip</c> call channel: the engine's <see cref="ICallControl"/> over our SIP user agents. Each call gets an RTP
/// port and socket, a stream on the one shared <see cref="RtpPacer"/>, a receiver for its audio and DTMF (RFC 4733,
/// in-band, SIP INFO), a queue of up to <see cref="DigitCapacity"/> digits and a media timeout; each leg writes one
/// CDR when it ends. Call ids are <c>sip-&lt;guid&gt;</c>; the last <see cref="EndedCallMemory"/> ended calls stay findable.
/// User agents are added by <see cref="SipCallService"/> (one per listener) or by tests through <see cref="AddAgent"/>.
/// </summary>
public sealed partial class SipCallControl : ICallControl, IDisposable, IAsyncDisposable
{
    public const string ChannelName = "sip";
    public const int DigitCapacity = 32;
    public const int EndedCallMemory = 4096;

    private readonly ConcurrentDictionary<string, SipCallLeg> _legs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SipCall, SipCallLeg> _bySipCall = new();
    private readonly EndedCallHistory _ended = new(EndedCallMemory);
    private readonly Lock _agentsGate = new();
    private readonly ICallRecordStore _records;
    private readonly CallPromptRenderer _prompts;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IPAddress _rtpBindAddress;
    private List<SipUserAgent> _agents = [];
    private readonly PrecisePacingTicker? _ownTicker;

    /// <param name="pacer">The shared pacing loop; null creates one on its own "rtp-pacer" thread ticking every 5 ms (4 ticks
    /// per frame), as SCHED_FIFO when <see cref="SipOptions.RealtimePacer"/> and permitted (run it with <c>Pacer.RunAsync</c>).</param>
    /// <param name="time">Answer, media and digit timeouts; the system clock by default.</param>
    /// <param name="recordings">Where finished call recordings are listed; an <see cref="InMemoryCallRecordingStore"/> by default.</param>
    public SipCallControl(
        SipOptions options, ICallRecordStore records, CallPromptRenderer prompts, RtpPacer? pacer = null, TimeProvider? time = null, ILogger<SipCallControl>? logger = null,
        ICallRecordingStore? recordings = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _records = records ?? throw new ArgumentNullException(nameof(records));
        _prompts = prompts ?? throw new ArgumentNullException(nameof(prompts));
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SipCallControl>.Instance;
        Recordings = recordings ?? new InMemoryCallRecordingStore();
        RecordingsFolder = Path.GetFullPath(options.RecordingsFolder);
        Ports = new RtpPortPool(options.RtpPortRange.First, options.RtpPortRange.Last);
        if (pacer is null)
        {
            _ownTicker = new PrecisePacingTicker(TimeSpan.FromMilliseconds(5), realtime: options.RealtimePacer);
            pacer = new RtpPacer(DiscardingRtpSink.Instance, _ownTicker, ticksPerFrame: 4);
        }
        Pacer = pacer;
        // With RealtimePacer, the receive threads are SCHED_FIFO too, just below the pacer: a relayed packet waits for no
        // ordinary thread (they block in epoll between packets, and Linux keeps 5 % of each second for other threads).
        int? receivePriority = options.RealtimePacer ? PrecisePacingTicker.RealtimePriority - 1 : null;
        ReceiveLoops = [.. Enumerable.Range(0, Math.Max(1, options.RtpReceiveThreads)).Select(_ => new RtpReceiveLoop(receivePriority))];
        // Without MediaAddress, RTP uses the first listener's address (the validator refuses that when it is 0.0.0.0).
        MediaAddress = options.MediaAddress is { } media ? IPAddress.Parse(media)
            : options.Listen.Select(text => SipListenEndpoint.TryParse(text, out var listen) ? listen.EndPoint.Address : null)
                .FirstOrDefault(address => address is not null && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any)) ?? IPAddress.Loopback;
        _rtpBindAddress = IPAddress.IsLoopback(MediaAddress) ? MediaAddress : MediaAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any;
    }

    public string Channel => ChannelName;

    /// <summary>The extensions' registrar: REGISTER on every listener goes to it, extension dials ring its contacts, and calls
    /// from extensions authenticate through its <see cref="SipRegistrar.Authenticator"/>; null without extensions.</summary>
    public SipRegistrar? Registrar { get; init; }

    public SipOptions Options { get; }

    /// <summary>The one loop that sends every call's RTP; <see cref="SipCallService"/> runs it.</summary>
    public RtpPacer Pacer { get; }

    public RtpPortPool Ports { get; }

    /// <summary>The threads that receive every call's RTP (epoll on Linux; <see cref="SipOptions.RtpReceiveThreads"/>): no socket
    /// operation pending per call. Each call's socket is on one of them, taken in turn.</summary>
    public IReadOnlyList<RtpReceiveLoop> ReceiveLoops { get; }

    private int _nextReceiveLoop;

    private RtpReceiveLoop NextReceiveLoop() => ReceiveLoops[(int)((uint)Interlocked.Increment(ref _nextReceiveLoop) % (uint)ReceiveLoops.Count)];

    /// <summary>Why the pacer is not running as SCHED_FIFO although <see cref="SipOptions.RealtimePacer"/> asked; null otherwise.</summary>
    public string? RealtimePacerFailure => _ownTicker?.RealtimeFailure;

    /// <summary>Stops the pacing ticker and the receive thread this instance started (<see cref="SipCallService"/> has
    /// hung up the calls when it stopped).</summary>
    public void Dispose()
    {
        _ownTicker?.Dispose();
        foreach (var loop in ReceiveLoops) loop.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The address put in SDP.</summary>
    public IPAddress MediaAddress { get; }

    /// <summary>Calls not yet ended: ringing, dialling or answered.</summary>
    public int ActiveCalls => _legs.Count;

    public IReadOnlyList<SipUserAgent> Agents
    {
        get
        {
            lock (_agentsGate) return _agents;
        }
    }

    /// <summary>Uses <paramref name="agent"/> for outbound calls (chosen by the trunk's transport) and follows its calls' BYEs and INFO digits.
    /// Inbound INVITEs are not taken here: pass them to <see cref="Admit"/> or <see cref="Refuse"/>.</summary>
    public void AddAgent(SipUserAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        agent.CallEnded += OnSipCallEnded;
        agent.DtmfReceived += OnSipDigit;
        agent.ReferReceived += OnReferReceived;
        agent.ReferProgress += OnReferProgress;
        lock (_agentsGate) _agents = [.. _agents, agent];
    }

    public CallInfo? Find(string callId)
    {
        ArgumentNullException.ThrowIfNull(callId);
        return _legs.TryGetValue(callId, out var leg) ? leg.Info : _ended.Find(callId);
    }

    /// <summary>The ids of the calls not yet ended.</summary>
    public IReadOnlyList<string> ActiveCallIds() => [.. _legs.Keys];

    public void Attach(string callId, CallOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (_legs.TryGetValue(callId, out var leg)) lock (leg.Gate) leg.Owner = owner;
    }

    public void ClearDigits(string callId)
    {
        if (_legs.TryGetValue(callId, out var leg)) leg.Digits.Clear();
    }

    public ValueTask<DigitReadResult> ReadDigitAsync(string callId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!_legs.TryGetValue(callId, out var leg))
        {
            return ValueTask.FromResult(_ended.Find(callId) is null ? new DigitReadResult(CallOperationStatus.Failed, Error: UnknownCall(callId)) : DigitReadResult.HungUp);
        }
        return leg.Digits.ReadAsync(timeout, _time, cancellationToken);
    }

    /// <summary>Hangs up every call (server shutdown).</summary>
    public async Task HangUpAllAsync(HangUpCause cause, CancellationToken cancellationToken)
    {
        var calls = _legs.Keys.Select(id => HangUpAsync(id, cause, cancellationToken).AsTask());
        await Task.WhenAll(calls).ConfigureAwait(false);
    }

    private CallOperationResult Missing(string callId) =>
        _ended.Find(callId) is null ? CallOperationResult.Failed(UnknownCall(callId)) : CallOperationResult.HungUp;

    private static string UnknownCall(string callId) => $"Call '{callId}' is not a SIP call this server knows.";

    private SipCallLeg Register(CallInfo info, SipIncomingCall? incoming, string? trunk)
    {
        var leg = new SipCallLeg(info, incoming, trunk);
        if (!_legs.TryAdd(info.Id, leg)) throw new InvalidOperationException($"Call id '{info.Id}' is already in use.");
        return leg;
    }

    private void OnSipDigit(SipCall call, char digit)
    {
        if (_bySipCall.TryGetValue(call, out var leg)) leg.Digits.Add(digit);
    }

    private void OnSipCallEnded(SipCall call, SipCallEndCause cause)
    {
        if (!_bySipCall.TryGetValue(call, out var leg)) return;
        _ = EndAsync(leg, cause == SipCallEndCause.RemoteHangUp ? HangUpCause.RemoteHangUp : HangUpCause.Failed, disposition: null, sipStatus: null);
    }

    /// <summary>A sink for the pacer when every stream sends through its own socket.</summary>
    private sealed class DiscardingRtpSink : IRtpSink
    {
        public static readonly DiscardingRtpSink Instance = new();

        public void Send(ReadOnlySpan<byte> packet, IPEndPoint remote)
        {
        }
    }
}
