using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Engine.CallCentre;

/// <summary>
/// Connects a caller to a call target: dials it (<see cref="ReachAsync"/>) while the caller waits, answers the caller if it is
/// still ringing, then bridges the two until one side ends it. Used by the Connect and Transfer activities, queues and calls
/// between extensions.
/// <list type="bullet">
/// <item>A party's transfer request (REFER) is checked: only the company's extensions and groups, outside numbers when
/// <see cref="ConnectOptions.AllowExternalTransfers"/>. An allowed transfer dials the new target, bridges the remaining party to it,
/// then hangs up the party that transferred (re-bridging transfer). If the new target does not answer, the two parties are bridged again.</item>
/// <item>The caller hangs up: the callee is hung up. The callee hangs up: the caller stays up (<see cref="ConnectResult.CallerUp"/>).
/// A leg that fails mid-bridge (<see cref="HangUpCause.MediaTimeout"/>, <see cref="HangUpCause.Failed"/>): the other is hung up too.</item>
/// </list>
/// </summary>
public sealed partial class CallConnector
{
    private static readonly TimeSpan WatchSlice = TimeSpan.FromHours(1);
    private readonly CallTargets _targets;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public CallConnector(CallTargets targets, TimeProvider time, ILogger<CallConnector>? logger = null)
    {
        _targets = targets ?? throw new ArgumentNullException(nameof(targets));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Resolves targets in company directories (for forwarding and transfers).</summary>
    public CallTargets Targets => _targets;

    /// <summary>
    /// Connects <paramref name="callerCallId"/> (ringing or answered) to <paramref name="target"/> and returns when the bridge has
    /// ended, or when nobody could be reached (the caller is then left as it was). Digits the caller presses while the target rings are
    /// dropped. Cancelling <paramref name="cancellationToken"/> hangs up the legs this method placed and throws.
    /// </summary>
    public async ValueTask<ConnectResult> ConnectAsync(
        ICallControl channel, string callerCallId, CallTarget target, ConnectOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(callerCallId);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var reached = await ReachWhileCallerWaitsAsync(channel, callerCallId, target, options, cancellationToken).ConfigureAwait(false);
        if (reached is null) return new ConnectResult(ConnectStatus.CallerHungUp) { EndedBy = ConnectResult.Caller };
        if (reached.Status != DialStatus.Answered || reached.Call is not { } callee)
        {
            var status = reached.Status switch
            {
                DialStatus.Busy => ConnectStatus.Busy,
                DialStatus.NoAnswer => ConnectStatus.NoAnswer,
                _ => ConnectStatus.Failed,
            };
            return new ConnectResult(status, SipStatus: reached.SipStatus, Error: reached.Reason) { CallerUp = true };
        }

        var answer = await channel.AnswerAsync(callerCallId, cancellationToken).ConfigureAwait(false);
        if (answer.Status != CallOperationStatus.Completed)
        {
            await HangUpQuietlyAsync(channel, callee.Id, HangUpCause.Normal).ConfigureAwait(false);
            return answer.Status == CallOperationStatus.HungUp
                ? new ConnectResult(ConnectStatus.CallerHungUp, callee, reached.AnsweredBy, reached.SipStatus) { EndedBy = ConnectResult.Caller }
                : new ConnectResult(ConnectStatus.Failed, callee, reached.AnsweredBy, reached.SipStatus, answer.Error ?? "The caller could not be answered.");
        }
        options.Answered?.Invoke(callee);
        var connected = await BridgeAsync(channel, callerCallId, callee, reached, options, cancellationToken).ConfigureAwait(false);
        // The recording is of the bridge: it ends with it even when the caller stays on the line.
        if (connected.RecordingId is { } recordingId) await channel.StopRecordingAsync(recordingId, CancellationToken.None).ConfigureAwait(false);
        return connected;
    }

    /// <summary>Reaches the target; null when the caller hung up first (whatever was ringing is cancelled).</summary>
    private async ValueTask<ReachResult?> ReachWhileCallerWaitsAsync(
        ICallControl channel, string callerCallId, CallTarget target, ConnectOptions options, CancellationToken cancellationToken)
    {
        using var dialling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reach = ReachAsync(channel, target, options, dialling.Token).AsTask();
        var hangUp = WatchForHangUpAsync(channel, callerCallId, watching.Token);
        if (await Task.WhenAny(reach, hangUp).ConfigureAwait(false) == hangUp && await hangUp.ConfigureAwait(false))
        {
            await dialling.CancelAsync().ConfigureAwait(false);
            try
            {
                if (await reach.ConfigureAwait(false) is { Call: { } late }) await HangUpQuietlyAsync(channel, late.Id, HangUpCause.Normal).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            return null;
        }
        await watching.CancelAsync().ConfigureAwait(false);
        await hangUp.ConfigureAwait(false);
        return await reach.ConfigureAwait(false);
    }

    /// <summary>True when the caller hangs up; false when cancelled or the channel cannot tell.</summary>
    private static async Task<bool> WatchForHangUpAsync(ICallControl channel, string callId, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var read = await channel.ReadDigitAsync(callId, WatchSlice, cancellationToken).ConfigureAwait(false);
                if (read.Status == CallOperationStatus.HungUp) return true;
                if (read.Status == CallOperationStatus.Failed) return false;
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async ValueTask HangUpQuietlyAsync(ICallControl channel, string callId, HangUpCause cause)
    {
        try
        {
            await channel.HangUpAsync(callId, cause, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            _logger.LogError(error, "Hanging up call {CallId} ({Cause}) failed", callId, cause);
        }
    }
}
