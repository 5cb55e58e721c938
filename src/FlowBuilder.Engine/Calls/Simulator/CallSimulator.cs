using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Engine.Calls.Simulator;

/// <summary>
/// The <c>simulator</c> call channel: calls that exist only in memory, driven by a test or the designer's test
/// console. A test rings in (<see cref="Ring"/>), presses digits, hangs up, scripts how dialled numbers answer, and
/// reads back each call's <see cref="Transcript"/>. Prompts and digit timeouts run on the injected
/// <see cref="TimeProvider"/>, so a fake clock drives them without sleeping. Every leg writes a CDR when it ends.
/// </summary>
public sealed partial class CallSimulator : ICallControl
{
    /// <summary>The channel name, and the prefix of every call id this channel issues.</summary>
    public const string ChannelName = "simulator";

    private readonly object _gate = new();
    private readonly Dictionary<string, SimulatedCall> _calls = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ICallRecordStore _records;
    private readonly ICallRecordingStore _recordings;
    private readonly CallSimulatorOptions _options;
    private readonly ILogger _logger;

    /// <param name="recordings">Where recordings are listed; in memory when null.</param>
    public CallSimulator(
        TimeProvider time, ICallRecordStore records, CallSimulatorOptions? options = null, ILogger<CallSimulator>? logger = null, ICallRecordingStore? recordings = null)
    {
        _recordings = recordings ?? new InMemoryCallRecordingStore();
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _records = records ?? throw new ArgumentNullException(nameof(records));
        _options = options ?? new CallSimulatorOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public string Channel => ChannelName;

    /// <summary>Raised for every transcript entry, under the simulator's lock: keep handlers short and do not block.</summary>
    public event Action<SimulatedCallEvent>? Event;

    /// <summary>Starts a ringing inbound call from <paramref name="from"/> to the dialled number <paramref name="to"/>;
    /// hand it to <c>CallFlows.AcceptInboundAsync</c> to run the flow bound to that number.</summary>
    public CallInfo Ring(string from, string to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        var info = new CallInfo(NewCallId(), ChannelName, CallDirection.Inbound, from, to, _time.GetUtcNow());
        lock (_gate)
        {
            var call = new SimulatedCall(info);
            _calls[info.Id] = call;
            Record(call, SimulatedCallEventKind.Ringing, e => e with { Text = to });
        }
        return info;
    }

    /// <summary>True while the leg is answered and not yet ended.</summary>
    public bool IsUp(string callId)
    {
        lock (_gate) return _calls.TryGetValue(callId, out var call) && call.IsUp;
    }

    /// <summary>Everything that happened on the leg so far, oldest first; empty for an unknown id.</summary>
    public IReadOnlyList<SimulatedCallEvent> Transcript(string callId)
    {
        lock (_gate) return _calls.TryGetValue(callId, out var call) ? call.Transcript.ToList() : [];
    }

    /// <summary>Drops an ended leg's transcript from memory (long test-console sessions, load tests); false when the
    /// leg is unknown or still up. Its CDR stays in the record store.</summary>
    public bool Forget(string callId)
    {
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out var call) || call.State != SimulatedCallState.Ended) return false;
            _calls.Remove(callId);
            _log.RemoveAll(e => e.CallId == callId);
            return true;
        }
    }

    public CallInfo? Find(string callId)
    {
        lock (_gate) return _calls.TryGetValue(callId, out var call) ? call.Info : null;
    }

    /// <summary>The flow instance handling the call; null for an unknown call or one no flow took.</summary>
    public CallOwner? OwnerOf(string callId)
    {
        lock (_gate) return _calls.TryGetValue(callId, out var call) ? call.Owner : null;
    }

    public void Attach(string callId, CallOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        lock (_gate)
        {
            if (_calls.TryGetValue(callId, out var call)) call.Owner = owner;
        }
    }

    public ValueTask<CallOperationResult> AnswerAsync(string callId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out var call)) return ValueTask.FromResult(UnknownCall(callId));
            switch (call.State)
            {
                case SimulatedCallState.Ended:
                    return ValueTask.FromResult(CallOperationResult.HungUp);
                case SimulatedCallState.Ringing:
                    call.State = SimulatedCallState.Up;
                    call.Info = call.Info with { AnsweredAt = _time.GetUtcNow() };
                    Record(call, SimulatedCallEventKind.Answered);
                    break;
            }
            return ValueTask.FromResult(CallOperationResult.Completed);
        }
    }

    private static string NewCallId() => $"{ChannelName}-{Guid.NewGuid():N}";

    private static CallOperationResult UnknownCall(string callId) =>
        CallOperationResult.Failed($"The simulator has no call '{callId}'.");

    private SimulatedCall Require(string callId) =>
        _calls.TryGetValue(callId, out var call) ? call : throw new InvalidOperationException($"The simulator has no call '{callId}'.");

    /// <summary>Appends to the leg's transcript and the simulator's log; call under the lock.</summary>
    private void Record(SimulatedCall call, SimulatedCallEventKind kind, Func<SimulatedCallEvent, SimulatedCallEvent>? details = null)
    {
        var entry = new SimulatedCallEvent(call.Info.Id, kind, _time.GetUtcNow());
        if (details is not null) entry = details(entry);
        call.Transcript.Add(entry);
        _log.Add(entry);
        ReleaseWaiters(entry);
        Event?.Invoke(entry);
    }
}
