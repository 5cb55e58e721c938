using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.Tests.CallCentre;

public sealed class CallConnectorTests
{
    private readonly ConnectorFixture _f = new();

    [Fact]
    public async Task Connect_ExtensionAnswers_CalleeHangsUp_CallerStaysUp()
    {
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var callee = await _f.BridgedLegAsync(caller.Id);
        _f.Clock.Advance(TimeSpan.FromSeconds(42));

        _f.Simulator.HangUpByCaller(callee);

        var result = await ConnectorFixture.Within(connecting);
        result.Status.ShouldBe(ConnectStatus.Connected);
        result.EndedBy.ShouldBe("callee");
        result.CallerUp.ShouldBeTrue();
        result.AnsweredBy!.Value.ShouldBe("101");
        result.Callee!.Id.ShouldBe(callee);
        result.TalkTime.ShouldBe(TimeSpan.FromSeconds(42));
        _f.Simulator.IsUp(caller.Id).ShouldBeTrue();
    }

    [Fact]
    public async Task Connect_CallerHangsUpDuringTheBridge_HangsUpTheCallee()
    {
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var callee = await _f.BridgedLegAsync(caller.Id);

        _f.Simulator.HangUpByCaller(caller.Id);

        var result = await ConnectorFixture.Within(connecting);
        result.EndedBy.ShouldBe("caller");
        result.CallerUp.ShouldBeFalse();
        (await _f.RecordOfAsync(callee)).Cause.ShouldBe(HangUpCause.Normal);
    }

    [Fact]
    public async Task Connect_RingingCaller_IsAnsweredOnlyWhenTheCalleeAnswers()
    {
        _f.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(5));
        var caller = _f.Simulator.Ring("+15550001111", "+18005550100");
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        await _f.DiallingAsync("101");
        _f.Simulator.IsUp(caller.Id).ShouldBeFalse();

        _f.Clock.Advance(TimeSpan.FromSeconds(5));

        var callee = await _f.BridgedLegAsync(caller.Id);
        _f.Simulator.IsUp(caller.Id).ShouldBeTrue();
        _f.Simulator.HangUpByCaller(callee);
        (await ConnectorFixture.Within(connecting)).Status.ShouldBe(ConnectStatus.Connected);
    }

    [Fact]
    public async Task Connect_Busy_WithoutForwarding_IsBusy_AndTheCallerStaysUp()
    {
        _f.Simulator.ScriptDial("101", DialStatus.Busy);
        var caller = await _f.AnsweredCallerAsync();

        var result = await ConnectorFixture.Within(_f.ConnectAsync(caller, await _f.TargetAsync("101")));

        result.Status.ShouldBe(ConnectStatus.Busy);
        result.SipStatus.ShouldBe(486);
        result.CallerUp.ShouldBeTrue();
        _f.Simulator.IsUp(caller.Id).ShouldBeTrue();
    }

    [Fact]
    public async Task Connect_BusyExtension_ForwardsOnBusy()
    {
        _f.Save(new Extension(ConnectorFixture.Company, "101", "Alice", "s") { Forwarding = new ExtensionForwarding(OnBusy: "102") });
        _f.Simulator.ScriptDial("101", DialStatus.Busy);
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));

        _f.Simulator.HangUpByCaller(await _f.BridgedLegAsync(caller.Id));

        (await ConnectorFixture.Within(connecting)).AnsweredBy!.Value.ShouldBe("102");
    }

    [Fact]
    public async Task Connect_UnansweredExtension_ForwardsOnNoAnswerAfterItsRingTime()
    {
        _f.Save(new Extension(ConnectorFixture.Company, "101", "Alice", "s") { RingSeconds = 15, Forwarding = new ExtensionForwarding(OnNoAnswer: "+15550002222") });
        _f.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var first = await _f.DiallingAsync("101");

        _f.Clock.Advance(TimeSpan.FromSeconds(15));

        var forwarded = await _f.BridgedLegAsync(caller.Id);
        (await _f.RecordOfAsync(first)).Disposition.ShouldBe(CallDisposition.NoAnswer);
        _f.Simulator.HangUpByCaller(forwarded);
        var result = await ConnectorFixture.Within(connecting);
        result.AnsweredBy!.Kind.ShouldBe(CallTargetKind.Number);
        result.AnsweredBy.Value.ShouldBe("+15550002222");
    }

    [Fact]
    public async Task Connect_ScheduledForwardingInForce_RingsTheScheduleTarget_NotTheExtension()
    {
        // The fake clock starts on Monday 09:00 UTC: 10:00 in Berlin.
        var office = new ScheduledForward([DayOfWeek.Monday], new TimeOnly(8, 0), new TimeOnly(17, 0), "103");
        _f.Save(new Extension(ConnectorFixture.Company, "101", "Alice", "s") { Forwarding = new ExtensionForwarding(Schedule: [office], TimeZone: "Europe/Berlin") });
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));

        _f.Simulator.HangUpByCaller(await _f.BridgedLegAsync(caller.Id));

        (await ConnectorFixture.Within(connecting)).AnsweredBy!.Value.ShouldBe("103");
        _f.WasDialled("101").ShouldBeFalse();
    }

    [Fact]
    public async Task Connect_ForwardingLoop_DoesNotRingATargetTwice()
    {
        _f.Save(new Extension(ConnectorFixture.Company, "101", "Alice", "s") { Forwarding = new ExtensionForwarding(Always: "102") });
        _f.Save(new Extension(ConnectorFixture.Company, "102", "Bob", "s") { Forwarding = new ExtensionForwarding(Always: "ext:101") });
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));

        _f.Simulator.HangUpByCaller(await _f.BridgedLegAsync(caller.Id));

        (await ConnectorFixture.Within(connecting)).AnsweredBy!.Value.ShouldBe("102");
        _f.WasDialled("101").ShouldBeFalse();
    }

    [Fact]
    public async Task Connect_ForwardingChain_StopsAfterFiveHops()
    {
        for (var n = 101; n <= 106; n++)
            _f.Save(new Extension(ConnectorFixture.Company, n.ToString(), "Agent", "s") { Forwarding = new ExtensionForwarding(Always: (n + 1).ToString()) });
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));

        _f.Simulator.HangUpByCaller(await _f.BridgedLegAsync(caller.Id));

        (await ConnectorFixture.Within(connecting)).AnsweredBy!.Value.ShouldBe("106");
        _f.WasDialled("107").ShouldBeFalse();
    }

    [Fact]
    public async Task Connect_CallerHangsUpWhileTheTargetRings_CancelsTheRingingLeg()
    {
        _f.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var ringing = await _f.DiallingAsync("101");

        _f.Simulator.HangUpByCaller(caller.Id);

        (await ConnectorFixture.Within(connecting)).Status.ShouldBe(ConnectStatus.CallerHungUp);
        (await _f.RecordOfAsync(ringing)).Disposition.ShouldBe(CallDisposition.Cancelled);
    }

    [Fact]
    public async Task Connect_CalleeLegFailsMidBridge_HangsUpTheCallerCleanly_AndBothCdrsAreWritten()
    {
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var callee = await _f.BridgedLegAsync(caller.Id);

        await _f.Simulator.HangUpAsync(callee, HangUpCause.MediaTimeout, CancellationToken.None);

        var result = await ConnectorFixture.Within(connecting);
        result.EndedBy.ShouldBe("callee");
        result.CallerUp.ShouldBeFalse();
        result.Error.ShouldNotBeNull().ShouldContain("MediaTimeout");
        (await _f.RecordOfAsync(callee)).Cause.ShouldBe(HangUpCause.MediaTimeout);
        var callerRecord = await _f.RecordOfAsync(caller.Id);
        callerRecord.Cause.ShouldBe(HangUpCause.Normal);
        callerRecord.Disposition.ShouldBe(CallDisposition.Answered);
    }

    [Fact]
    public async Task Connect_CallerLegFailsMidBridge_HangsUpTheCallee()
    {
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var callee = await _f.BridgedLegAsync(caller.Id);

        await _f.Simulator.HangUpAsync(caller.Id, HangUpCause.Failed, CancellationToken.None);

        (await ConnectorFixture.Within(connecting)).EndedBy.ShouldBe("caller");
        (await _f.RecordOfAsync(callee)).Cause.ShouldBe(HangUpCause.Normal);
    }

    [Fact]
    public async Task Connect_CalleeTransfersTheCaller_ReBridgesToTheNewTarget_AndHangsUpTheTransferringLeg()
    {
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var first = await _f.BridgedLegAsync(caller.Id);

        (await _f.Simulator.RequestTransferAsync(first, "102")).ShouldBeNull();

        var second = await _f.BridgedLegAsync(caller.Id, nth: 2);
        (await _f.RecordOfAsync(first)).Cause.ShouldBe(HangUpCause.Normal);
        _f.Simulator.HangUpByCaller(second);
        var result = await ConnectorFixture.Within(connecting);
        result.AnsweredBy!.Value.ShouldBe("102");
        result.Callee!.Id.ShouldBe(second);
        result.CallerUp.ShouldBeTrue();
    }

    [Fact]
    public async Task Connect_TransferToAnOutsideNumber_IsRefusedWithTheReason_AndTheBridgeGoesOn()
    {
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var callee = await _f.BridgedLegAsync(caller.Id);

        var refusal = await _f.Simulator.RequestTransferAsync(callee, "+15559998888");

        refusal.ShouldBe("Transfer to +15559998888 is not allowed: only the company's extensions and groups.");
        _f.Simulator.IsUp(callee).ShouldBeTrue();
        (await _f.Simulator.RequestTransferAsync(callee, "999")).ShouldNotBeNull().ShouldContain("999");
        _f.Simulator.HangUpByCaller(callee);
        (await ConnectorFixture.Within(connecting)).AnsweredBy!.Value.ShouldBe("101");
    }

    [Fact]
    public async Task Connect_TransferToAnUnansweredTarget_BridgesTheTwoAgain()
    {
        _f.Simulator.ScriptDial("102", DialStatus.Busy);
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var callee = await _f.BridgedLegAsync(caller.Id);

        (await _f.Simulator.RequestTransferAsync(callee, "102")).ShouldBeNull();

        (await _f.BridgedLegAsync(caller.Id, nth: 2)).ShouldBe(callee);
        _f.Simulator.HangUpByCaller(callee);
        var result = await ConnectorFixture.Within(connecting);
        result.Error.ShouldNotBeNull().ShouldContain("Transfer to 102 failed");
    }

    [Fact]
    public async Task Connect_Recording_RecordsTheBridgeOnTheCallersLeg()
    {
        var caller = await _f.AnsweredCallerAsync();
        var owner = new CallOwner(ConnectorFixture.Company, "flow-1", "instance-1");
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"),
            new ConnectOptions(ConnectorFixture.Company) { Recording = new RecordingRequest(RecordingLegs.Both, Owner: owner) });
        var callee = await _f.BridgedLegAsync(caller.Id);
        await _f.Simulator.WaitForAsync(caller.Id, FlowBuilder.Engine.Calls.Simulator.SimulatedCallEventKind.RecordingStarted).WaitAsync(TimeSpan.FromSeconds(10));
        _f.Clock.Advance(TimeSpan.FromSeconds(3));

        _f.Simulator.HangUpByCaller(callee);

        var result = await ConnectorFixture.Within(connecting);
        var recording = (await _f.Recordings.FindAsync(result.RecordingId.ShouldNotBeNull(), CancellationToken.None)).ShouldNotBeNull();
        recording.CallId.ShouldBe(caller.Id);
        recording.OtherCallId.ShouldBe(callee);
        recording.InstanceId.ShouldBe("instance-1");
        recording.Duration.ShouldBe(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Connect_CallerTransfersTheCallee_BridgesTheCalleeOn_AndBothEndWithThatCall()
    {
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("101"));
        var first = await _f.BridgedLegAsync(caller.Id);

        (await _f.Simulator.RequestTransferAsync(caller.Id, "group:none")).ShouldNotBeNull().ShouldContain("none");
        (await _f.Simulator.RequestTransferAsync(caller.Id, "102")).ShouldBeNull();

        var second = await _f.BridgedLegAsync(first, nth: 2);
        (await _f.RecordOfAsync(caller.Id)).Cause.ShouldBe(HangUpCause.Normal);
        _f.Simulator.HangUpByCaller(second);
        var result = await ConnectorFixture.Within(connecting);
        result.EndedBy.ShouldBe("caller");
        result.CallerUp.ShouldBeFalse();
        result.AnsweredBy!.Value.ShouldBe("102");
        (await _f.RecordOfAsync(first)).Cause.ShouldBe(HangUpCause.Normal);
    }
}
