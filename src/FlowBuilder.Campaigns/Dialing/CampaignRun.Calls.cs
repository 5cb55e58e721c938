using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.Dialing;

internal sealed partial class CampaignRun
{
    /// <summary>Dials the begun attempt; when answered runs the pinned flow version on the call with the contact and campaign as
    /// input and waits for it to finish; then hangs up and finishes the attempt with its disposition and next due time.</summary>
    private async Task PlaceCallAsync(Campaign campaign, LiveAttempt live, ICallControl channel)
    {
        var attempt = live.Attempt;
        var callId = attempt.CallId!;
        var instanceId = $"{campaign.FlowId}-{Guid.NewGuid():N}";
        var disposition = AttemptDisposition.Failed;
        int? sipStatus = null;
        object? result = null;
        try
        {
            var request = new DialRequest(attempt.Phone, campaign.CallerId, campaign.Trunk, TimeSpan.FromSeconds(Math.Max(1, campaign.RingSeconds)),
                new CallOwner(CompanyId, campaign.FlowId, instanceId)) { CallId = callId };
            var dialled = await channel.DialAsync(request, _dialer.Stopping).ConfigureAwait(false);
            if (dialled is { Status: DialStatus.Answered, Call: { } call })
            {
                attempt = attempt with { AnsweredAt = call.AnsweredAt ?? _dialer.Time.GetUtcNow(), InstanceId = instanceId };
                live.Attempt = attempt;
                await _dialer.Store.UpdateAttemptAsync(attempt, CancellationToken.None).ConfigureAwait(false);
                _dialer.Live.Add(instanceId, live);
                var input = await FlowInputAsync(campaign, attempt).ConfigureAwait(false);
                var handle = await _dialer.CallFlows.StartOnAnsweredCallAsync(
                    channel, call, CompanyId, campaign.FlowId, campaign.FlowVersion, input, instanceId, CancellationToken.None).ConfigureAwait(false);
                var settled = await handle.Finished.ConfigureAwait(false);
                result = settled.Result;
                disposition = live.Abandoned ? AttemptDisposition.Abandoned : AttemptDisposition.Answered;
            }
            else
            {
                disposition = dialled.Status switch
                {
                    DialStatus.Busy => AttemptDisposition.Busy,
                    DialStatus.NoAnswer => AttemptDisposition.NoAnswer,
                    _ => AttemptDisposition.Failed,
                };
                sipStatus = dialled.StatusCode;
            }
        }
        catch (OperationCanceledException) when (_dialer.Stopping.IsCancellationRequested)
        {
            // Shutting down: the attempt stays open and the next start finishes it as interrupted.
            Forget(live, instanceId);
            return;
        }
        catch (Exception error)
        {
            _dialer.Logger.LogError(error, "Campaign {CampaignId}: attempt {AttemptId} to {Phone} failed", CampaignId, attempt.Id, attempt.Phone);
            disposition = AttemptDisposition.Failed;
        }
        try
        {
            if (attempt.AnsweredAt is not null) await channel.HangUpAsync(callId, HangUpCause.Normal, CancellationToken.None).ConfigureAwait(false);
            await FinishAsync(campaign, live, disposition, sipStatus, result).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _dialer.Logger.LogError(error, "Campaign {CampaignId}: finishing attempt {AttemptId} failed; a restart finishes it as interrupted", CampaignId, attempt.Id);
        }
        finally
        {
            Forget(live, instanceId);
        }
    }

    private async Task FinishAsync(Campaign campaign, LiveAttempt live, AttemptDisposition disposition, int? sipStatus, object? result)
    {
        var now = _dialer.Time.GetUtcNow();
        var attempt = live.Attempt;
        var answered = disposition == AttemptDisposition.Answered;
        var finished = attempt with
        {
            Disposition = disposition,
            SipStatus = sipStatus,
            EndedAt = now,
            TalkSeconds = attempt.AnsweredAt is { } answeredAt ? Math.Max(0, (now - answeredAt).TotalSeconds) : 0,
            Result = answered || disposition == AttemptDisposition.Abandoned ? CampaignResult.ToJson(result) : null,
            Converted = answered && CampaignResult.IsConversion(campaign, result),
            Operator = live.Operator ?? attempt.Operator,
        };
        var next = RetrySchedule.NextAttemptAt(campaign.Retry, disposition, attempt.Number, now);
        await _dialer.Store.FinishAttemptAsync(new AttemptOutcome(finished, next), CancellationToken.None).ConfigureAwait(false);
        if (live.ReservedOperator is not null && live.Operator is null) _dialer.Operators?.Release(CampaignId, attempt.Id);
        if (next is not null && await _dialer.Store.GetAsync(CompanyId, CampaignId, CancellationToken.None).ConfigureAwait(false) is { Status: CampaignStatus.Completed })
            await _dialer.Store.SkipAsync(CampaignId, attempt.ContactId, EndedReason, CancellationToken.None).ConfigureAwait(false);
        if (campaign.Mode == CampaignMode.Predictive) _pacer.Record(liveAnswered: answered, abandoned: disposition == AttemptDisposition.Abandoned);
    }

    /// <summary>Frees the call's slot and wakes the loop (in that order under the state lock, so the run never looks idle
    /// between the two).</summary>
    private void Forget(LiveAttempt live, string instanceId)
    {
        _dialer.Live.Remove(instanceId);
        _dialer.CompanyLimit.Give(CompanyId);
        lock (_state)
        {
            _live.Remove(live);
            _inFlight--;
            _wakePending = true;
        }
        _wake.Writer.TryWrite(true);
        _dialer.WakeCompany(CompanyId);
        _dialer.OnChanged(CampaignId);
    }

    private async Task<Dictionary<string, object?>> FlowInputAsync(Campaign campaign, CampaignAttempt attempt)
    {
        var contacts = _dialer.Contacts;
        var contact = await contacts.GetContactAsync(CompanyId, attempt.ContactId, CancellationToken.None).ConfigureAwait(false);
        var info = await contacts.FindInfoAsync(CompanyId, attempt.Phone, CancellationToken.None).ConfigureAwait(false);
        var contactValue = contact?.ToFlowValue(info) ?? new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = attempt.ContactId,
            ["phone"] = attempt.Phone,
            ["fields"] = new Dictionary<string, object?>(StringComparer.Ordinal),
            ["info"] = new Dictionary<string, object?>(info, StringComparer.Ordinal),
        };
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["contact"] = contactValue,
            ["campaign"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = campaign.Id,
                ["name"] = campaign.Name,
                ["attemptId"] = attempt.Id,
                ["attempt"] = (double)attempt.Number,
            },
        };
    }
}
