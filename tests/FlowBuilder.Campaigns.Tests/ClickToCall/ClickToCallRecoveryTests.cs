using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.ClickToCall;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>The dispatcher after a restart of its node (node-1), and the legs it records from the CDRs.</summary>
public sealed class ClickToCallRecoveryTests : IAsyncLifetime
{
    private static readonly TimeSpan Pause = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly DispatchRig _rig = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _rig.DisposeAsync();

    /// <summary>A request left Calling by <paramref name="node"/> with a claim that has not lapsed.</summary>
    private async Task<CallbackRequest> LeftCallingAsync(string id, string node = "node-1", int attempts = 1, bool started = true)
    {
        var now = _rig.Clock.GetUtcNow();
        var request = new CallbackRequest(id, ClickToCallCampaigns.Company, "c1", DispatchRig.Client, CallbackRequestStatus.Calling, attempts, now.AddMinutes(-10),
            now.AddMinutes(-1), new CallbackConsent("ok", now, "203.0.113.7"), new PhoneDirection("DE", "Germany", null, null, true))
        {
            ClaimedBy = node,
            ClaimedUntil = now.AddSeconds(100),
            InstanceId = started ? $"c2c-{id}-{attempts}" : null,
            FirstCalledAt = now.AddMinutes(-1),
            UpdatedAt = now.AddMinutes(-1),
        };
        await _rig.Requests.AddAsync(request, CancellationToken.None);
        return request;
    }

    [Fact]
    public async Task Restart_FinishesItsOwnCallingRequestAsInterrupted_BeforeClaimingAnything_CountedAndRetried()
    {
        await _rig.StartAsync(startDispatcher: false);
        var left = await LeftCallingAsync("cb_left");
        var now = _rig.Clock.GetUtcNow();

        await _rig.Dispatcher.StartAsync(CancellationToken.None);
        await _rig.Dispatcher.Recovered.WaitAsync(Patience);

        var interrupted = await _rig.RequestAsync(left.Id);
        (interrupted.Status, interrupted.Attempts, interrupted.Reason, interrupted.NextAttemptAt, interrupted.ClaimedBy)
            .ShouldBe((CallbackRequestStatus.Waiting, 1, ClickToCallDispatcher.ServerStoppedReason, now + Pause, (string?)null));
        var leg = (await _rig.LegsAsync(left.Id)).ShouldHaveSingleItem();
        (leg.Attempt, leg.Side, leg.Outcome, leg.Number, leg.CallId, leg.StartedAt)
            .ShouldBe((1, CallbackLegSide.Client, ClickToCallDispatcher.InterruptedLegOutcome, DispatchRig.Client, (string?)null, now.AddMinutes(-1)));
        _rig.Dialled.ShouldBeEmpty("the claim was not lapsed: only the restart recovery finishes it");
        _rig.Clock.Advance(Pause);
        var clientLeg = await _rig.DialledAsync(DispatchRig.Client);
        _rig.Simulator.HangUpByCaller(await _rig.BridgedToAsync(clientLeg));
        var done = await _rig.UntilAsync(left.Id, r => r.Status == CallbackRequestStatus.Completed, "the retry completes");
        done.Attempts.ShouldBe(2);
        (await _rig.LegsAsync(left.Id)).Select(l => (l.Attempt, l.Side, l.Outcome)).ShouldBe(
            [(1, CallbackLegSide.Client, "interrupted"), (2, CallbackLegSide.Client, "answered"), (2, CallbackLegSide.Company, "answered")]);
    }

    [Fact]
    public async Task Restart_RecoveryComesBeforeTheFirstClaim_AndLeavesOtherNodesRequestsAlone()
    {
        await _rig.StartAsync(startDispatcher: false);
        var left = await LeftCallingAsync("cb_left");
        var other = await LeftCallingAsync("cb_other", node: "node-2");
        var fresh = await _rig.SubmitAsync("+4915199999999");

        await _rig.Dispatcher.StartAsync(CancellationToken.None);
        await _rig.DialledAsync("+4915199999999");

        var changes = _rig.Events.Where(e => e.Type == ClickToCallEvents.RequestChanged).Select(e => (IReadOnlyDictionary<string, object?>)e.Data!)
            .Select(d => ((string)d["requestId"]!, (string)d["status"]!)).ToList();
        changes.IndexOf((left.Id, "waiting")).ShouldBeLessThan(changes.IndexOf((fresh.Id, "calling")));
        changes.IndexOf((left.Id, "waiting")).ShouldBeGreaterThanOrEqualTo(0);
        var untouched = await _rig.RequestAsync(other.Id);
        (untouched.Status, untouched.ClaimedBy, untouched.Attempts).ShouldBe((CallbackRequestStatus.Calling, "node-2", 1));
        (await _rig.LegsAsync(other.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Restart_ClaimWhoseFlowNeverStarted_IsGivenBackUncounted_AndDialledAsItsAttempt()
    {
        await _rig.StartAsync(startDispatcher: false);
        var left = await LeftCallingAsync("cb_claimed", attempts: 1, started: false);

        await _rig.Dispatcher.StartAsync(CancellationToken.None);
        await _rig.Dispatcher.Recovered.WaitAsync(Patience);

        var back = await _rig.RequestAsync(left.Id);
        (back.Attempts, back.Reason).ShouldBe((1, (string?)null), "dialled again at once as attempt 1, or waiting with its attempt given back");
        var clientLeg = await _rig.DialledAsync(DispatchRig.Client);
        _rig.Simulator.HangUpByCaller(await _rig.BridgedToAsync(clientLeg));
        (await _rig.UntilAsync(left.Id, r => r.Status == CallbackRequestStatus.Completed, "it completes")).Attempts.ShouldBe(1);
        (await _rig.LegsAsync(left.Id)).ShouldAllBe(l => l.Attempt == 1);
    }

    [Fact]
    public async Task Restart_InterruptedOnTheLastAttempt_FailsCallingClient_WithTheEndedLegsFromTheCdrs()
    {
        await _rig.StartAsync(startDispatcher: false);
        var left = await LeftCallingAsync("cb_last", attempts: 3);
        var startedAt = _rig.Clock.GetUtcNow().AddSeconds(-50);
        var records = _rig.Services.GetRequiredService<ICallRecordStore>();
        await records.AddAsync(new CallDetailRecord("sim-op-1", "sim", CallDirection.Outbound, "sim", "101", startedAt, null, startedAt.AddSeconds(30),
            CallDisposition.NoAnswer, HangUpCause.Cancelled, 487, ClickToCallCampaigns.Company, "click-to-call", left.InstanceId), CancellationToken.None);

        await _rig.Dispatcher.StartAsync(CancellationToken.None);
        await _rig.Dispatcher.Recovered.WaitAsync(Patience);

        var failed = await _rig.RequestAsync(left.Id);
        (failed.Status, failed.Attempts, failed.Reason).ShouldBe((CallbackRequestStatus.FailedCallingClient, 3, ClickToCallDispatcher.ServerStoppedReason));
        var legs = await _rig.LegsAsync(left.Id);
        legs.Select(l => (l.Attempt, l.Side, l.CallId, l.Outcome, l.Number)).ShouldBe(
            [(3, CallbackLegSide.Client, (string?)null, "interrupted", DispatchRig.Client), (3, CallbackLegSide.Company, "sim-op-1", "no-answer", "101")]);
        var company = legs[1];
        (company.StartedAt, company.AnsweredAt, company.EndedAt, company.SipStatus).ShouldBe((startedAt, (DateTimeOffset?)null, (DateTimeOffset?)startedAt.AddSeconds(30), (int?)487));
        _rig.Dialled.ShouldBeEmpty();
    }

    [Fact]
    public async Task FinishedAttempt_TakesEachLegsTimesFromItsCdr()
    {
        _rig.Simulator.ScriptDial(DispatchRig.Client, DialStatus.Answered, TimeSpan.FromSeconds(3));
        _rig.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(8));
        await _rig.StartAsync();
        var start = _rig.Clock.GetUtcNow();
        var request = await _rig.SubmitAsync();

        var clientLeg = await _rig.DialledAsync(DispatchRig.Client);
        _rig.Clock.Advance(TimeSpan.FromSeconds(3));
        await _rig.DialledAsync("101");
        _rig.Clock.Advance(TimeSpan.FromSeconds(8));
        var operatorLeg = await _rig.BridgedToAsync(clientLeg);
        _rig.Clock.Advance(TimeSpan.FromSeconds(65));
        _rig.Simulator.HangUpByCaller(operatorLeg);
        await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.Completed, "the request completes");

        var legs = await _rig.LegsAsync(request.Id);
        var company = legs.Single(l => l.Side == CallbackLegSide.Company);
        (company.CallId, company.StartedAt, company.AnsweredAt, company.EndedAt, company.SipStatus)
            .ShouldBe((operatorLeg, start.AddSeconds(3), (DateTimeOffset?)start.AddSeconds(11), (DateTimeOffset?)start.AddSeconds(76), (int?)200));
        var client = legs.Single(l => l.Side == CallbackLegSide.Client);
        (client.StartedAt, client.AnsweredAt).ShouldBe((start, (DateTimeOffset?)start.AddSeconds(3)));
    }
}
