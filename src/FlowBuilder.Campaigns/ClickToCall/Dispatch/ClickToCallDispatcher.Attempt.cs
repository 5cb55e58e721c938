using FlowBuilder.Campaigns.ClickToCall.Intake;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

internal sealed partial class ClickToCallDispatcher
{
    public const string InterruptedReason = "the attempt was interrupted (the node running it stopped)";
    public const string NoStatusReason = "the flow ended without a status";
    public const string OutsideHoursReason = "outside the campaign's hours";

    /// <summary>When a request claimed for a campaign that was paused or deleted meanwhile is looked at again.</summary>
    private static readonly TimeSpan InactiveCampaignRecheck = TimeSpan.FromMinutes(1);

    /// <summary>When a request whose company may not spend (<see cref="ISpendingGuard"/>) is looked at again.</summary>
    internal static readonly TimeSpan SpendingRecheck = TimeSpan.FromMinutes(1);

    /// <summary>The instance id of a request's attempt: a lapsed claim whose request has it was started, so it is finished as interrupted.</summary>
    public static string InstanceIdFor(CallbackRequest request) => $"c2c-{request.Id}-{request.Attempts}";

    /// <summary>One claimed request: finishes a lapsed attempt as interrupted, or checks hours and tariff, runs the campaign's flow,
    /// waits for it and records its outcome. The claim is renewed at half its lease meanwhile.</summary>
    private async Task RunAttemptAsync(CallbackRequest request)
    {
        var stopping = Stopping;
        using var renewal = Time.CreateTimer(_ => _ = RenewAsync(request.Id), null, ClaimLease / 2, ClaimLease / 2);
        try
        {
            var campaign = await Campaigns.GetAsync(request.CompanyId, request.CampaignId, stopping).ConfigureAwait(false);
            var now = Time.GetUtcNow();
            if (request.InstanceId == InstanceIdFor(request))
            {
                await RecoverInterruptedAsync(campaign, request, now).ConfigureAwait(false);
                return;
            }
            if (campaign is null || campaign.Status != ClickToCallStatus.Active)
            {
                await DeferAsync(request, now + InactiveCampaignRecheck, "the campaign is not active").ConfigureAwait(false);
                return;
            }
            if (ClickToCallHours.DueAt(campaign, now) is var opens && opens > now)
            {
                await DeferAsync(request, opens, OutsideHoursReason).ConfigureAwait(false);
                return;
            }
            var rate = Rates is null ? null : await Rates.FindAsync(request.CompanyId, request.ClientPhone, stopping).ConfigureAwait(false);
            if (rate is null)
            {
                await FinishAsync(request, new CallbackAttemptOutcome(request.Id, request.Attempts, CallbackRequestStatus.FailedCallingClient, now, null,
                    $"calls to {request.ClientPhone} ({request.Direction.CountryName}) are no longer allowed: the company's tariff has no rate for it", [])).ConfigureAwait(false);
                return;
            }
            if (Spending is not null && await Spending.RefusalAsync(request.CompanyId, stopping).ConfigureAwait(false) is { } refusal)
            {
                // Not dialled and no attempt counted: it waits with the reason and is tried again once the balance allows.
                Logger.LogWarning("Click-to-call request {RequestId} not dialled: {Reason}", request.Id, refusal);
                await DeferAsync(request, now + SpendingRecheck, refusal).ConfigureAwait(false);
                return;
            }
            await RunFlowAsync(campaign, request, now, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the request stays claimed; when the claim lapses it is finished as interrupted.
        }
        catch (Exception error)
        {
            Logger.LogError(error, "Click-to-call request {RequestId}: the attempt failed; when its claim lapses it is finished as interrupted", request.Id);
        }
    }

    private async Task RunFlowAsync(ClickToCallCampaign campaign, CallbackRequest request, DateTimeOffset startedAt, CancellationToken stopping)
    {
        var instanceId = InstanceIdFor(request);
        await Requests.SetInstanceAsync(request.Id, instanceId, stopping).ConfigureAwait(false);
        await PublishAsync(request, CallbackRequestStatus.Calling, startedAt, null).ConfigureAwait(false);
        ClickToCallFlowResult result;
        string? fault = null;
        try
        {
            var start = new StartRequest(request.CompanyId, campaign.FlowId, campaign.FlowVersion, ClickToCallFlowInput.For(campaign, request),
                CorrelationId: request.Id, InstanceId: instanceId);
            await Engine.StartAsync(start, stopping).ConfigureAwait(false);
            var settled = await Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished(), stopping).ConfigureAwait(false);
            result = settled.Status == InstanceStatus.Completed ? ClickToCallFlowResult.Read(settled.Result) : new(null, null, null, null, 0);
            if (settled.Status != InstanceStatus.Completed)
                fault = $"the flow {(settled.Status == InstanceStatus.Faulted ? "faulted" : "was cancelled")}{(settled.FaultNodeId is { } node ? $" at node {node}" : "")}: {settled.FaultMessage}";
        }
        catch (Exception error) when (error is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            Logger.LogError(error, "Click-to-call request {RequestId}: flow {FlowId} could not run", request.Id, campaign.FlowId);
            result = new(null, null, null, null, 0);
            fault = $"flow {campaign.FlowId} could not run: {error.Message}";
        }
        var outcome = await WithRecordedTimesAsync(Outcome(campaign, request, result, fault, startedAt, Time.GetUtcNow())).ConfigureAwait(false);
        await FinishAsync(request, outcome).ConfigureAwait(false);
    }

    /// <summary>How the attempt's result moves the request (see the class docs of <see cref="CallbackRequestStatus"/>).</summary>
    internal static CallbackAttemptOutcome Outcome(
        ClickToCallCampaign campaign, CallbackRequest request, ClickToCallFlowResult result, string? fault, DateTimeOffset startedAt, DateTimeOffset endedAt)
    {
        var legs = new List<CallbackLeg>();
        if (Leg(request, CallbackLegSide.Client, result.Client, request.ClientPhone, startedAt, endedAt) is { } client) legs.Add(client);
        var firstOperator = request.CallbackOperator ?? campaign.Operators.FirstOrDefault() ?? "";
        if (Leg(request, CallbackLegSide.Company, result.Company, result.Company?.AnsweredBy ?? firstOperator, startedAt, endedAt) is { } company) legs.Add(company);
        switch (result.Status)
        {
            case ClickToCallFlowResult.Completed:
                return new CallbackAttemptOutcome(request.Id, request.Attempts, CallbackRequestStatus.Completed, endedAt, null, null, legs)
                {
                    TalkSeconds = Math.Max(0, result.TalkSeconds),
                    Price = decimal.Round(campaign.Price, 2, MidpointRounding.AwayFromZero),
                    Currency = campaign.Currency,
                };
            case ClickToCallFlowResult.FailedCallingCompany:
                return new CallbackAttemptOutcome(request.Id, request.Attempts, CallbackRequestStatus.FailedCallingCompany, endedAt, null,
                    result.Reason ?? "no operator answered", legs);
            default:
                var reason = result.Status is null ? fault ?? NoStatusReason : result.Reason ?? ClientReason(result.Client);
                return ClientFailure(campaign, request, reason, endedAt, legs);
        }
    }

    /// <summary>A failed client attempt: Waiting again after the pause while attempts are left, else FAILED CALLING CLIENT.</summary>
    internal static CallbackAttemptOutcome ClientFailure(ClickToCallCampaign? campaign, CallbackRequest request, string reason, DateTimeOffset endedAt, IReadOnlyList<CallbackLeg> legs)
    {
        var rule = campaign?.ClientRetry;
        return rule is not null && request.Attempts < rule.MaxAttempts
            ? new CallbackAttemptOutcome(request.Id, request.Attempts, CallbackRequestStatus.Waiting, endedAt, endedAt + rule.Pause, reason, legs)
            : new CallbackAttemptOutcome(request.Id, request.Attempts, CallbackRequestStatus.FailedCallingClient, endedAt, null, reason, legs);
    }

    private static string ClientReason(LegResult? client) => client?.Outcome switch
    {
        "busy" => "the client was busy",
        "no-answer" => "the client did not answer",
        "hung-up" => "the client hung up",
        "failed" => "the call to the client failed" + (client.SipStatus is { } sip ? $" (SIP {sip})" : ""),
        _ => "the client was not reached",
    };

    private static CallbackLeg? Leg(CallbackRequest request, CallbackLegSide side, LegResult? leg, string number, DateTimeOffset startedAt, DateTimeOffset endedAt)
    {
        if (leg is null || (leg.CallId is null && leg.Outcome == "not-dialled")) return null;
        // The leg's own start when the flow reported it (company first: the client is rung only after the operator answered).
        return new CallbackLeg(request.Id, request.Attempts, side, leg.CallId, number, leg.Outcome, leg.StartedAt ?? startedAt)
        {
            AnsweredAt = leg.AnsweredAt,
            EndedAt = endedAt,
            SipStatus = leg.SipStatus,
            AnsweredBy = side == CallbackLegSide.Company ? leg.AnsweredBy : null,
        };
    }

    /// <summary>A lapsed attempt (its node died): counted as a failed client attempt.</summary>
    private Task RecoverInterruptedAsync(ClickToCallCampaign? campaign, CallbackRequest request, DateTimeOffset now) =>
        CloseInterruptedAsync(campaign, request, InterruptedReason, now);

    private async Task DeferAsync(CallbackRequest request, DateTimeOffset dueAt, string reason)
    {
        await Requests.DeferAsync(request.Id, dueAt, reason, CancellationToken.None).ConfigureAwait(false);
        await PublishAsync(request, CallbackRequestStatus.Waiting, Time.GetUtcNow(), reason).ConfigureAwait(false);
    }

    private async Task FinishAsync(CallbackRequest request, CallbackAttemptOutcome outcome)
    {
        if (!await Requests.FinishAttemptAsync(outcome, CancellationToken.None).ConfigureAwait(false))
            Logger.LogWarning("Click-to-call request {RequestId}: attempt {Attempt} was finished already", request.Id, outcome.Attempt);
        if (outcome.Status == CallbackRequestStatus.Completed && Meter is not null)
        {
            // click-to-call.completed, once per request (its id is the source: a replayed finish is not charged twice).
            var completed = new MetricEvent(request.CompanyId, BillingMetrics.ClickToCallCompleted, 1, request.Id, outcome.EndedAt);
            await Meter.RecordQuietlyAsync(completed, Logger, CancellationToken.None).ConfigureAwait(false);
        }
        await PublishAsync(request, outcome.Status, outcome.EndedAt, outcome.Reason).ConfigureAwait(false);
    }

    private async Task PublishAsync(CallbackRequest request, CallbackRequestStatus status, DateTimeOffset at, string? reason) =>
        await Events.PublishQuietlyAsync(ClickToCallEvents.Changed(request, status, at, reason), Logger).ConfigureAwait(false);

    private async Task RenewAsync(string requestId)
    {
        try
        {
            if (!await Requests.RenewClaimAsync(requestId, Options.NodeName, Time.GetUtcNow() + ClaimLease, CancellationToken.None).ConfigureAwait(false))
                Logger.LogWarning("Click-to-call request {RequestId}: the claim of node {Node} was lost while its attempt ran", requestId, Options.NodeName);
        }
        catch (Exception error)
        {
            Logger.LogError(error, "Click-to-call request {RequestId}: renewing its claim failed", requestId);
        }
    }
}
