using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.ClickToCall;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

internal sealed partial class ClickToCallDispatcher
{
    public const string ServerStoppedReason = "interrupted: the server stopped during the call";

    /// <summary>The outcome of a leg that was still up when its attempt was interrupted.</summary>
    public const string InterruptedLegOutcome = "interrupted";

    private readonly TaskCompletionSource _recovered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the attempts this node left open at its last stop are finished (nothing is claimed before).</summary>
    internal Task Recovered => _recovered.Task;

    /// <summary>At start: the requests still Calling under this node's name were cut off by a stop (a crash, kill -9). An attempt
    /// whose flow was started is finished as interrupted (counted, retried under the client retry rule) with the legs its CDRs
    /// show; a claim whose flow never started dialled nothing, so it is given back uncounted.</summary>
    private async Task RecoverOwnAsync(CancellationToken cancellationToken)
    {
        var open = await Requests.RecoverAsync(Options.NodeName, cancellationToken).ConfigureAwait(false);
        foreach (var request in open)
        {
            if (request.InstanceId != InstanceIdFor(request))
            {
                await Requests.DeferAsync(request.Id, request.NextAttemptAt, null, CancellationToken.None).ConfigureAwait(false);
                await PublishAsync(request, CallbackRequestStatus.Waiting, Time.GetUtcNow(), null).ConfigureAwait(false);
                continue;
            }
            var campaign = await Campaigns.GetAsync(request.CompanyId, request.CampaignId, cancellationToken).ConfigureAwait(false);
            await CloseInterruptedAsync(campaign, request, ServerStoppedReason, Time.GetUtcNow()).ConfigureAwait(false);
        }
        if (open.Count > 0)
            Logger.LogWarning("Click-to-call: {Count} requests were being called when node {Node} stopped; finished as interrupted", open.Count, Options.NodeName);
    }

    /// <summary>Finishes an interrupted attempt as a failed client attempt: its flow is cancelled if it still runs here, and its legs
    /// are the CDRs written for its flow instance, plus an <see cref="InterruptedLegOutcome"/> leg for the first leg when none was.</summary>
    private async Task CloseInterruptedAsync(ClickToCallCampaign? campaign, CallbackRequest request, string reason, DateTimeOffset now)
    {
        if (request.InstanceId is { } instanceId)
        {
            try
            {
                await Engine.CancelAsync(instanceId, reason, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                Logger.LogWarning(error, "Click-to-call request {RequestId}: the interrupted attempt's instance {InstanceId} could not be cancelled", request.Id, instanceId);
            }
        }
        Logger.LogWarning("Click-to-call request {RequestId}: attempt {Attempt} was interrupted (claimed by {Node}); finished as a failed client attempt",
            request.Id, request.Attempts, request.ClaimedBy);
        var legs = await InterruptedLegsAsync(campaign, request).ConfigureAwait(false);
        await FinishAsync(request, ClientFailure(campaign, request, reason, now, legs)).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<CallbackLeg>> InterruptedLegsAsync(ClickToCallCampaign? campaign, CallbackRequest request)
    {
        var records = new List<CallDetailRecord>();
        if (Records is not null && request.InstanceId is { } instanceId)
        {
            try
            {
                records.AddRange(await Records.ListAsync(new CallRecordQuery(InstanceId: instanceId, Limit: 100), CancellationToken.None).ConfigureAwait(false));
            }
            catch (Exception error)
            {
                Logger.LogWarning(error, "Click-to-call request {RequestId}: the CDRs of the interrupted attempt could not be read", request.Id);
            }
        }
        var legs = new List<CallbackLeg>();
        foreach (var side in new[] { CallbackLegSide.Client, CallbackLegSide.Company })
        {
            // Newest first: of the operators tried in turn the last one is the leg that counts.
            var record = records.Where(r => IsClientLeg(request, r) == (side == CallbackLegSide.Client))
                .OrderByDescending(r => r.AnsweredAt is not null).ThenByDescending(r => r.StartedAt).FirstOrDefault();
            if (record is not null)
                legs.Add(new CallbackLeg(request.Id, request.Attempts, side, record.CallId,
                    side == CallbackLegSide.Client ? request.ClientPhone : LegNumber(record), RecordOutcome(record), record.StartedAt)
                {
                    AnsweredAt = record.AnsweredAt,
                    EndedAt = record.EndedAt,
                    SipStatus = record.SipStatus,
                });
        }
        var first = request.FirstLeg == FirstLeg.Company ? CallbackLegSide.Company : CallbackLegSide.Client;
        if (legs.All(l => l.Side != first))
        {
            var number = first == CallbackLegSide.Client ? request.ClientPhone : request.CallbackOperator ?? campaign?.Operators.FirstOrDefault() ?? "";
            legs.Add(new CallbackLeg(request.Id, request.Attempts, first, null, number, InterruptedLegOutcome, request.UpdatedAt));
        }
        return legs.OrderBy(l => l.Side).ToList();
    }

    private static bool IsClientLeg(CallbackRequest request, CallDetailRecord record)
    {
        var digits = request.ClientPhone.TrimStart('+');
        return record.To.Contains(digits, StringComparison.Ordinal);
    }

    private static string LegNumber(CallDetailRecord record)
    {
        var to = record.To.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? record.To[4..] : record.To;
        var at = to.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? to[..at] : to;
    }

    private static string RecordOutcome(CallDetailRecord record) => record.Disposition switch
    {
        CallDisposition.Answered => "answered",
        CallDisposition.Busy => "busy",
        CallDisposition.NoAnswer or CallDisposition.Cancelled => "no-answer",
        _ => "failed",
    };

    /// <summary>Each leg's times and SIP status as its CDR has them (the flow's result only knows when the attempt started and
    /// ended); a leg without a call id or whose CDR is not written yet keeps what the result says.</summary>
    internal async Task<CallbackAttemptOutcome> WithRecordedTimesAsync(CallbackAttemptOutcome outcome)
    {
        if (Records is null || outcome.Legs.All(l => l.CallId is null)) return outcome;
        var legs = new List<CallbackLeg>(outcome.Legs.Count);
        foreach (var leg in outcome.Legs)
        {
            CallDetailRecord? record = null;
            if (leg.CallId is { } callId)
            {
                try
                {
                    record = await Records.FindAsync(callId, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    Logger.LogWarning(error, "Click-to-call request {RequestId}: the CDR of call {CallId} could not be read", outcome.RequestId, callId);
                }
            }
            legs.Add(record is null ? leg : leg with
            {
                StartedAt = record.StartedAt,
                AnsweredAt = record.AnsweredAt,
                EndedAt = record.EndedAt,
                SipStatus = record.SipStatus ?? leg.SipStatus,
            });
        }
        return outcome with { Legs = legs };
    }
}
