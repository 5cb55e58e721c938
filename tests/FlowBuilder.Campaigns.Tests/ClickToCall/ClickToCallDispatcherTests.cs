using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>The dispatcher running flow-templates/click-to-call.flow.json on the call simulator.</summary>
public sealed class ClickToCallDispatcherTests : IAsyncLifetime
{
    private static readonly TimeSpan Pause = TimeSpan.FromMinutes(5);
    private readonly DispatchRig _rig = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _rig.DisposeAsync();

    /// <summary>Waits for the client-first bridge of the <paramref name="nth"/> attempt, lets it last a while, then the operator hangs up.</summary>
    private async Task<(string ClientLeg, string OperatorLeg)> BridgeClientFirstAsync(int nth = 1, TimeSpan? talk = null)
    {
        var clientLeg = await _rig.DialledAsync(DispatchRig.Client, nth);
        var operatorLeg = await _rig.BridgedToAsync(clientLeg);
        _rig.Clock.Advance(talk ?? TimeSpan.FromSeconds(65));
        _rig.Simulator.HangUpByCaller(operatorLeg);
        return (clientLeg, operatorLeg);
    }

    /// <summary>A submitted request both operators were busy for, so it stands FAILED CALLING COMPANY after its first attempt.</summary>
    private async Task<CallbackRequest> FailedCallingCompanyAsync()
    {
        _rig.Simulator.ScriptDial("101", DialStatus.Busy);
        _rig.Simulator.ScriptDial("102", DialStatus.Busy);
        await _rig.StartAsync();
        var request = await _rig.SubmitAsync();
        return await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.FailedCallingCompany, "the request fails");
    }

    [Fact]
    public async Task ClientFirst_BothAnswer_BridgesThem_AndCompletesWithBothLegsAndThePrice()
    {
        await _rig.StartAsync();
        var request = await _rig.SubmitAsync();

        var (clientLeg, operatorLeg) = await BridgeClientFirstAsync();
        var done = await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.Completed, "the request completes");

        done.Attempts.ShouldBe(1);
        done.Price.ShouldBe(0.50m);
        done.Currency.ShouldBe("EUR");
        done.TalkSeconds.ShouldBe(65);
        done.CompletedAt.ShouldBe(_rig.Clock.GetUtcNow());
        done.ClaimedBy.ShouldBeNull();
        var legs = await _rig.LegsAsync(request.Id);
        legs.Count.ShouldBe(2);
        var client = legs.Single(l => l.Side == CallbackLegSide.Client);
        client.CallId.ShouldBe(clientLeg);
        client.Number.ShouldBe(DispatchRig.Client);
        client.Outcome.ShouldBe("answered");
        client.AnsweredAt.ShouldNotBeNull();
        var company = legs.Single(l => l.Side == CallbackLegSide.Company);
        company.CallId.ShouldBe(operatorLeg);
        company.AnsweredBy.ShouldBe("ext:101");
        company.Number.ShouldBe("ext:101");
        company.Outcome.ShouldBe("answered");
        _rig.Calls.Transcript(clientLeg).ShouldContain("said \"Please hold while we connect you.\"");
        _rig.Dialled.ShouldBe([DispatchRig.Client, "101"]);
        _rig.Events.Where(e => e.Type == ClickToCallEvents.RequestChanged)
            .Select(e => ((IReadOnlyDictionary<string, object?>)e.Data!)["status"]).ShouldBe(["waiting", "calling", "completed"]);
    }

    [Fact]
    public async Task ClientBusy_IsRetriedAfterThePause_ThenFailedCallingClient_AfterMaxAttempts()
    {
        _rig.Simulator.ScriptDial(DispatchRig.Client, DialStatus.Busy);
        await _rig.StartAsync();
        var request = await _rig.SubmitAsync();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var waiting = await _rig.UntilAsync(request.Id, r => r.Attempts == attempt && r.Status == CallbackRequestStatus.Waiting, $"attempt {attempt} is retried");
            waiting.NextAttemptAt.ShouldBe(_rig.Clock.GetUtcNow() + Pause);
            waiting.Reason.ShouldBe("the client was busy");
            _rig.Clock.Advance(Pause - TimeSpan.FromSeconds(5));
            (await _rig.RequestAsync(request.Id)).Attempts.ShouldBe(attempt, "not before the pause");
            _rig.Clock.Advance(TimeSpan.FromSeconds(5));
        }
        var failed = await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.FailedCallingClient, "the request fails");

        failed.Attempts.ShouldBe(3);
        var legs = await _rig.LegsAsync(request.Id);
        legs.Select(l => (l.Attempt, l.Side, l.Outcome, l.SipStatus)).ShouldBe(
            [(1, CallbackLegSide.Client, "busy", 486), (2, CallbackLegSide.Client, "busy", 486), (3, CallbackLegSide.Client, "busy", 486)]);
        _rig.Dialled.ShouldBe([DispatchRig.Client, DispatchRig.Client, DispatchRig.Client], "no operator is rung for an unreached client");
    }

    [Fact]
    public async Task NoOperatorAnswers_IsFailedCallingCompany_AndTheClientHearsAnApology()
    {
        _rig.Simulator.ScriptDial("101", DialStatus.Busy);
        _rig.Simulator.ScriptDial("102", DialStatus.Failed);
        await _rig.StartAsync();
        var request = await _rig.SubmitAsync();

        var failed = await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.FailedCallingCompany, "the request fails");

        failed.Reason.ShouldBe("no operator answered");
        failed.Attempts.ShouldBe(1);
        _rig.Dialled.ShouldBe([DispatchRig.Client, "101", "102"]);
        var legs = await _rig.LegsAsync(request.Id);
        legs.Single(l => l.Side == CallbackLegSide.Client).Outcome.ShouldBe("answered");
        legs.Single(l => l.Side == CallbackLegSide.Company).Outcome.ShouldBe("failed");
        var clientLeg = legs.Single(l => l.Side == CallbackLegSide.Client).CallId!;
        _rig.Calls.Transcript(clientLeg).ShouldContain(line => line.Contains("no operator is available", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CallBack_AfterFailedCallingCompany_CallsTheOperatorFirst_ThenTheClient_AndCompletes()
    {
        var request = await FailedCallingCompanyAsync();
        _rig.Simulator.ScriptDial("102", DialStatus.Answered);

        var queued = await _rig.Intake.CallBackAsync(ClickToCallCampaigns.Company, request.Id, "ext:102", CancellationToken.None);
        queued.FirstLeg.ShouldBe(FirstLeg.Company);
        var clientLeg = await _rig.DialledAsync(DispatchRig.Client, 2);
        var operatorLeg = await _rig.BridgedToAsync(clientLeg);
        _rig.Clock.Advance(TimeSpan.FromSeconds(30));
        _rig.Simulator.HangUpByCaller(clientLeg);
        var done = await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.Completed, "the call back completes");

        done.Attempts.ShouldBe(2);
        done.Source.ShouldBe("callback");
        done.TalkSeconds.ShouldBe(30);
        _rig.Dialled.ShouldBe([DispatchRig.Client, "101", "102", "102", DispatchRig.Client], "the call back rings the operator first, then the client");
        _rig.Calls.Transcript(operatorLeg).ShouldContain("said \"A visitor at +4915123456789 asked to be called back.\"");
        var second = (await _rig.LegsAsync(request.Id)).Where(l => l.Attempt == 2).ToList();
        second.Single(l => l.Side == CallbackLegSide.Company).AnsweredBy.ShouldBe("ext:102");
        second.Single(l => l.Side == CallbackLegSide.Company).CallId.ShouldBe(operatorLeg);
        second.Single(l => l.Side == CallbackLegSide.Client).CallId.ShouldBe(clientLeg);
    }

    [Fact]
    public async Task CallBack_ClientBusy_ReleasesTheOperator_AndRetriesTheClientAfterThePause()
    {
        var request = await FailedCallingCompanyAsync();
        _rig.Simulator.ScriptDial("101", DialStatus.Answered);
        _rig.Simulator.ScriptDial(DispatchRig.Client, DialStatus.Busy);

        await _rig.Intake.CallBackAsync(ClickToCallCampaigns.Company, request.Id, null, CancellationToken.None);
        var retried = await _rig.UntilAsync(request.Id, r => r.Attempts == 2 && r.Status == CallbackRequestStatus.Waiting, "the call back's client leg is retried");

        retried.NextAttemptAt.ShouldBe(_rig.Clock.GetUtcNow() + Pause);
        var legs = (await _rig.LegsAsync(request.Id)).Where(l => l.Attempt == 2).ToList();
        legs.Single(l => l.Side == CallbackLegSide.Client).Outcome.ShouldBe("busy");
        var company = legs.Single(l => l.Side == CallbackLegSide.Company);
        company.AnsweredBy.ShouldBe("ext:101", "without an operator named, the campaign's operators are rung in order");
        (await _rig.Calls.RecordOfAsync(company.CallId!)).Disposition.ShouldBe(CallDisposition.Answered);
        _rig.Simulator.IsUp(company.CallId!).ShouldBeFalse("the operator is released");
    }

    [Fact]
    public async Task DueOutsideTheHours_IsDeferredToTheOpening_WithoutCountingAnAttempt()
    {
        var hours = new CallingSchedule(null, null, new TimeOnly(10, 0), new TimeOnly(18, 0), Enum.GetValues<DayOfWeek>(), "UTC");
        await _rig.StartAsync(ClickToCallCampaigns.Campaign(hours: hours));
        var now = _rig.Clock.GetUtcNow();
        var request = ClickToCallCampaigns.Request("cb_closed", CallbackRequestStatus.Waiting, 0, now);
        await _rig.Requests.AddAsync(request, CancellationToken.None);
        _rig.Dispatcher.Wake();

        var deferred = await _rig.UntilAsync(request.Id, r => r.Reason == ClickToCallDispatcher.OutsideHoursReason, "the request is deferred");

        deferred.Status.ShouldBe(CallbackRequestStatus.Waiting);
        deferred.Attempts.ShouldBe(0);
        deferred.NextAttemptAt.ShouldBe(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero));
        _rig.Dialled.ShouldBeEmpty();
        _rig.Clock.Advance(TimeSpan.FromHours(1));
        await BridgeClientFirstAsync();
        (await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.Completed, "it completes at the opening")).Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task LapsedAttempt_IsFinishedAsInterrupted_CountedAsAClientFailure_AndRetried()
    {
        await _rig.StartAsync(startDispatcher: false);
        var now = _rig.Clock.GetUtcNow();
        var request = ClickToCallCampaigns.Request("cb_lapsed", CallbackRequestStatus.Calling, 1, now.AddMinutes(-10), consentAt: now) with
        {
            ClaimedBy = "node-that-died",
            ClaimedUntil = now.AddSeconds(-1),
            InstanceId = "c2c-cb_lapsed-1",
        };
        await _rig.Requests.AddAsync(request, CancellationToken.None);
        await _rig.Dispatcher.StartAsync(CancellationToken.None);

        var interrupted = await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.Waiting, "the lapsed attempt is finished");

        interrupted.Reason.ShouldBe(ClickToCallDispatcher.InterruptedReason);
        interrupted.Attempts.ShouldBe(1);
        interrupted.NextAttemptAt.ShouldBe(now + Pause);
        _rig.Dialled.ShouldBeEmpty();
        _rig.Clock.Advance(Pause);
        await BridgeClientFirstAsync();
        (await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.Completed, "the retry completes")).Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task DestinationThatLostItsRate_IsNotDialled_AndFails()
    {
        await _rig.StartAsync(startDispatcher: false);
        var request = await _rig.SubmitAsync();
        _rig.Rates.Remove("49");
        await _rig.Dispatcher.StartAsync(CancellationToken.None);

        var failed = await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.FailedCallingClient, "the request fails");

        failed.Reason!.ShouldContain("no longer allowed");
        _rig.Dialled.ShouldBeEmpty();
    }

    [Fact]
    public async Task Shutdown_LeavesTheAttemptInFlightClaimed()
    {
        await _rig.StartAsync();
        var request = await _rig.SubmitAsync();
        var clientLeg = await _rig.DialledAsync(DispatchRig.Client);
        await _rig.BridgedToAsync(clientLeg);

        await _rig.Dispatcher.StopAsync(CancellationToken.None);

        var left = await _rig.RequestAsync(request.Id);
        left.Status.ShouldBe(CallbackRequestStatus.Calling);
        left.ClaimedBy.ShouldBe("node-1");
        left.InstanceId.ShouldBe(ClickToCallDispatcher.InstanceIdFor(left));
    }
}
