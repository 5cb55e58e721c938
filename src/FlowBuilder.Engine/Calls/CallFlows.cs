using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Calls;

/// <summary>
/// Starts flows for calls: an inbound call runs the published flow its dialled number is bound to, and an outbound
/// call placed over the API runs a given flow once answered. The flow sees the call as <c>trigger.call</c>; when
/// the instance finishes with the call still up, the call is hung up, so no call outlives its flow.
/// </summary>
/// <param name="callers">The companies' black- and whitelists; none when null.</param>
/// <param name="events">Where <c>call.started</c> (and <c>call.answered</c> for an outbound call) go; none when null.</param>
public sealed class CallFlows(FlowEngine engine, TriggerDirectory triggers, CallChannels channels, ILogger<CallFlows> logger, ICallerListStore? callers = null, IEventPublisher? events = null)
{
    /// <summary>Finds the flow bound to <see cref="CallInfo.To"/>; null when no published flow has that number.</summary>
    public ValueTask<TriggerBinding?> FindAsync(string dialledNumber, CancellationToken cancellationToken) =>
        triggers.FindAsync(TriggerType.Call, TriggerKeys.Normalize(TriggerType.Call, dialledNumber), cancellationToken);

    /// <summary>
    /// Decides an inbound call from <paramref name="from"/> to <paramref name="dialledNumber"/>: the dialled number's flow
    /// names the company; a caller on that company's blacklist is <see cref="InboundCallAction.Blocked"/>, a whitelisted
    /// caller with a flow of its own runs that flow (latest published version), anyone else runs the number's flow.
    /// </summary>
    public async ValueTask<InboundCallDecision> DecideAsync(string from, string dialledNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var binding = await FindAsync(dialledNumber, cancellationToken).ConfigureAwait(false);
        if (binding is null) return InboundCallDecision.NotFound;
        var listed = callers is null || string.IsNullOrWhiteSpace(from) ? null
            : await callers.FindAsync(binding.CompanyId, from, cancellationToken).ConfigureAwait(false);
        return listed switch
        {
            { Kind: CallerListKind.Blocked } => InboundCallDecision.Blocked(binding.CompanyId),
            { Kind: CallerListKind.Allowed, FlowId: { Length: > 0 } flowId } => new InboundCallDecision(InboundCallAction.RunFlow, binding.CompanyId, flowId),
            _ => new InboundCallDecision(InboundCallAction.RunFlow, binding.CompanyId, binding.FlowId, binding.Version),
        };
    }

    /// <summary>
    /// Takes a ringing inbound call as <see cref="DecideAsync"/> says: starts the flow (which answers it), rejects it with
    /// <see cref="HangUpCause.NotFound"/> (404) when no flow has the number, or busy (<see cref="HangUpCause.Busy"/>, 486) for
    /// a blacklisted caller.
    /// </summary>
    public async ValueTask<InboundCallResult> AcceptInboundAsync(ICallControl channel, CallInfo call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(call);
        var decision = await DecideAsync(call.From, call.To, cancellationToken).ConfigureAwait(false);
        switch (decision.Action)
        {
            case InboundCallAction.NotFound:
                logger.LogInformation("Call {CallId} from {From} to {To}: no published flow has that number; rejected", call.Id, call.From, call.To);
                await channel.HangUpAsync(call.Id, HangUpCause.NotFound, cancellationToken).ConfigureAwait(false);
                return InboundCallResult.NotFound;
            case InboundCallAction.Blocked:
                logger.LogInformation("Call {CallId} from {From} to {To}: the caller is blacklisted; refused busy", call.Id, call.From, call.To);
                await channel.HangUpAsync(call.Id, HangUpCause.Busy, cancellationToken).ConfigureAwait(false);
                return InboundCallResult.Blocked;
        }
        try
        {
            return InboundCallResult.Started(await StartDecidedAsync(channel, call, decision, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception error)
        {
            logger.LogError(error, "Call {CallId} to {To}: starting flow {FlowId} failed; the call is rejected", call.Id, call.To, decision.FlowId);
            await channel.HangUpAsync(call.Id, HangUpCause.Failed, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Starts the flow a <see cref="InboundCallAction.RunFlow"/> decision names for a ringing inbound call.</summary>
    public ValueTask<string> StartDecidedAsync(ICallControl channel, CallInfo call, InboundCallDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision is not { Action: InboundCallAction.RunFlow, CompanyId: { } companyId, FlowId: { } flowId })
            throw new ArgumentException($"The decision for call '{call.Id}' runs no flow ({decision.Action}).", nameof(decision));
        return StartForCallAsync(channel, call, companyId, flowId, decision.Version, input: null, cancellationToken);
    }

    /// <summary>Starts <paramref name="binding"/>'s flow for an inbound call that is ringing (the flow answers it).</summary>
    public async ValueTask<string> StartInboundAsync(ICallControl channel, CallInfo call, TriggerBinding binding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(binding);
        return await StartForCallAsync(channel, call, binding.CompanyId, binding.FlowId, binding.Version, input: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a given published flow (its latest version, or <paramref name="version"/>) on a ringing inbound call,
    /// whatever number was dialled: the designer's test console rings the simulator this way.
    /// </summary>
    public async ValueTask<string> StartOnCallAsync(
        ICallControl channel, CallInfo call, string companyId, string flowId, int? version, Dictionary<string, object?>? input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await StartForCallAsync(channel, call, companyId, flowId, version, input, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await channel.HangUpAsync(call.Id, HangUpCause.Failed, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Places a call and, when it is answered, runs <paramref name="flowId"/> on it. Returns at once with the new
    /// call's id; the dialling goes on in the background and ends in a CDR whatever happens.
    /// </summary>
    /// <exception cref="InvalidOperationException">No call channel is registered, or <paramref name="channelName"/> is unknown.</exception>
    public string PlaceOutbound(OutboundCallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = (request.Channel is null ? channels.Default : channels.Named(request.Channel))
            ?? throw new InvalidOperationException(request.Channel is null
                ? "No call channel is configured: enable SIP (FlowBuilder:Sip) or use channel 'simulator'."
                : $"Unknown call channel '{request.Channel}'. Known: {string.Join(", ", channels.Names)}.");
        var callId = $"{channel.Channel}-{Guid.NewGuid():N}";
        // The instance id is chosen before dialling so the dial carries its owner (the CDR, and the company whose spending is checked).
        var instanceId = $"{request.FlowId}-{Guid.NewGuid():N}";
        var dial = new DialRequest(request.To, request.CallerId, request.Trunk, request.RingTimeout, new CallOwner(request.CompanyId, request.FlowId, instanceId))
        {
            CallId = callId,
        };
        _ = DialThenRunAsync(channel, dial, request, instanceId);
        return callId;
    }

    private async Task DialThenRunAsync(ICallControl channel, DialRequest dial, OutboundCallRequest request, string instanceId)
    {
        try
        {
            var result = await channel.DialAsync(dial, CancellationToken.None).ConfigureAwait(false);
            if (result is not { Status: DialStatus.Answered, Call: { } call })
            {
                if (result.Status == DialStatus.Failed && result.Reason is { } reason)
                    logger.LogWarning("Outbound call {CallId} to {To} for flow {FlowId} was not placed: {Reason}", dial.CallId, dial.To, request.FlowId, reason);
                return;
            }
            await StartHandleForCallAsync(channel, call, request.CompanyId, request.FlowId, request.Version, request.Input, instanceId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            logger.LogError(error, "Outbound call {CallId} to {To} for flow {FlowId} failed", dial.CallId, dial.To, request.FlowId);
            await channel.HangUpAsync(dial.CallId!, HangUpCause.Failed, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs a published flow on an outbound call that is already answered (a campaign's call) and returns the instance's
    /// handle, so the caller can wait for its end and read its result. <paramref name="instanceId"/> is the id chosen before
    /// dialling (it is on the dial's CDR owner); null makes a new one. The call is hung up when the instance finishes.
    /// </summary>
    public async ValueTask<InstanceHandle> StartOnAnsweredCallAsync(
        ICallControl channel, CallInfo call, string companyId, string flowId, int? version, Dictionary<string, object?>? input, string? instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(call);
        return await StartHandleForCallAsync(channel, call, companyId, flowId, version, input, instanceId, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<string> StartForCallAsync(
        ICallControl channel, CallInfo call, string companyId, string flowId, int? version, Dictionary<string, object?>? input, CancellationToken cancellationToken)
    {
        var handle = await StartHandleForCallAsync(channel, call, companyId, flowId, version, input, instanceId: null, cancellationToken).ConfigureAwait(false);
        return handle.InstanceId;
    }

    private async ValueTask<InstanceHandle> StartHandleForCallAsync(
        ICallControl channel, CallInfo call, string companyId, string flowId, int? version, Dictionary<string, object?>? input, string? instanceId, CancellationToken cancellationToken)
    {
        instanceId ??= $"{flowId}-{Guid.NewGuid():N}";
        var owner = new CallOwner(companyId, flowId, instanceId);
        channel.Attach(call.Id, owner);
        var trigger = new Dictionary<string, object?>(StringComparer.Ordinal) { ["call"] = call.ToFlowValue() };
        var handle = await engine.StartAsync(
            new StartRequest(companyId, flowId, version, input, trigger, CorrelationId: call.Id, InstanceId: instanceId),
            cancellationToken).ConfigureAwait(false);
        _ = HangUpWhenFinishedAsync(channel, call.Id, handle);
        if (events is not null)
        {
            await events.PublishQuietlyAsync(CallEvents.Started(call, owner, call.StartedAt), logger).ConfigureAwait(false);
            if (call.AnsweredAt is { } answeredAt) await events.PublishQuietlyAsync(CallEvents.Answered(call, owner, answeredAt), logger).ConfigureAwait(false);
        }
        return handle;
    }

    private async Task HangUpWhenFinishedAsync(ICallControl channel, string callId, InstanceHandle handle)
    {
        try
        {
            var finished = await handle.Finished.ConfigureAwait(false);
            var cause = finished.Status == InstanceStatus.Completed ? HangUpCause.Normal : HangUpCause.Failed;
            await channel.HangUpAsync(callId, cause, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            logger.LogError(error, "Hanging up call {CallId} after its flow {InstanceId} finished failed", callId, handle.InstanceId);
        }
    }
}
