using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.Tests.CallCentre;

public sealed class GroupAndInternalCallTests
{
    private readonly ConnectorFixture _f = new();

    private async Task SaveGroupAsync(GroupRingMode mode, params string[] members) =>
        await _f.Groups.SaveAsync(new ExtensionGroup(ConnectorFixture.Company, "sales", members, mode, RingSeconds: 10), CancellationToken.None);

    [Fact]
    public async Task SimultaneousGroup_FirstToAnswerWins_TheOthersAreCancelled()
    {
        await SaveGroupAsync(GroupRingMode.Simultaneous, "101", "102", "103");
        _f.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(8));
        _f.Simulator.ScriptDial("102", DialStatus.Answered, TimeSpan.FromSeconds(4));
        _f.Simulator.ScriptDial("103", DialStatus.Busy);
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("group:sales"));
        var slow = await _f.DiallingAsync("101");
        await _f.DiallingAsync("102");

        _f.Clock.Advance(TimeSpan.FromSeconds(4));

        var callee = await _f.BridgedLegAsync(caller.Id);
        (await _f.RecordOfAsync(slow)).Disposition.ShouldBe(CallDisposition.Cancelled);
        _f.Simulator.HangUpByCaller(callee);
        (await ConnectorFixture.Within(connecting)).AnsweredBy!.Value.ShouldBe("102");
    }

    [Fact]
    public async Task SimultaneousGroup_NobodyAnswers_IsNoAnswerAtTheGroupsRingTime()
    {
        await SaveGroupAsync(GroupRingMode.Simultaneous, "101", "102");
        _f.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        _f.Simulator.ScriptDial("102", DialStatus.Busy);
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("group:sales"));
        await _f.DiallingAsync("101");

        _f.Clock.Advance(TimeSpan.FromSeconds(10));

        (await ConnectorFixture.Within(connecting)).Status.ShouldBe(ConnectStatus.NoAnswer);
    }

    [Fact]
    public async Task SequentialGroup_RingsMembersOneAfterAnother()
    {
        await SaveGroupAsync(GroupRingMode.Sequential, "101", "102", "103");
        _f.Simulator.ScriptDial("101", DialStatus.Busy);
        _f.Simulator.ScriptDial("102", DialStatus.NoAnswer);
        var caller = await _f.AnsweredCallerAsync();
        var connecting = _f.ConnectAsync(caller, await _f.TargetAsync("group:sales"));
        await _f.DiallingAsync("102");
        _f.WasDialled("103").ShouldBeFalse();

        _f.Clock.Advance(TimeSpan.FromSeconds(10));

        var callee = await _f.BridgedLegAsync(caller.Id);
        _f.Simulator.HangUpByCaller(callee);
        (await ConnectorFixture.Within(connecting)).AnsweredBy!.Value.ShouldBe("103");
    }

    [Fact]
    public async Task SequentialGroup_AllBusy_IsBusy()
    {
        await SaveGroupAsync(GroupRingMode.Sequential, "101", "102");
        _f.Simulator.ScriptDial("101", DialStatus.Busy);
        _f.Simulator.ScriptDial("102", DialStatus.Busy);
        var caller = await _f.AnsweredCallerAsync();

        (await ConnectorFixture.Within(_f.ConnectAsync(caller, await _f.TargetAsync("group:sales")))).Status.ShouldBe(ConnectStatus.Busy);
    }

    [Fact]
    public async Task InternalCall_TargetBusy_RejectsTheCallerWithBusy486()
    {
        _f.Simulator.ScriptDial("102", DialStatus.Busy);
        var caller = _f.Simulator.Ring("101", "102");

        var result = await ConnectorFixture.Within(_f.Connector.ConnectInternalAsync(_f.Simulator, caller, await _f.TargetAsync("102"), CancellationToken.None).AsTask());

        result.Status.ShouldBe(ConnectStatus.Busy);
        var record = await _f.RecordOfAsync(caller.Id);
        record.Cause.ShouldBe(HangUpCause.Busy);
        record.SipStatus.ShouldBe(486);
    }

    [Fact]
    public async Task InternalCall_NoAnswer_RejectsTheCallerWith480()
    {
        _f.Simulator.ScriptDial("102", DialStatus.NoAnswer);
        var caller = _f.Simulator.Ring("101", "102");
        var connecting = _f.Connector.ConnectInternalAsync(_f.Simulator, caller, await _f.TargetAsync("102"), CancellationToken.None).AsTask();
        await _f.DiallingAsync("102");

        _f.Clock.Advance(TimeSpan.FromSeconds(20));

        (await ConnectorFixture.Within(connecting)).Status.ShouldBe(ConnectStatus.NoAnswer);
        var record = await _f.RecordOfAsync(caller.Id);
        record.Cause.ShouldBe(HangUpCause.NoAnswer);
        record.SipStatus.ShouldBe(480);
    }

    [Fact]
    public async Task InternalCall_Connected_BothLegsEndWhenTheCalleeHangsUp()
    {
        var caller = _f.Simulator.Ring("101", "102");
        var connecting = _f.Connector.ConnectInternalAsync(_f.Simulator, caller, await _f.TargetAsync("102"), CancellationToken.None).AsTask();
        var callee = await _f.BridgedLegAsync(caller.Id);

        _f.Simulator.HangUpByCaller(callee);

        (await ConnectorFixture.Within(connecting)).Status.ShouldBe(ConnectStatus.Connected);
        var record = await _f.RecordOfAsync(caller.Id);
        record.Disposition.ShouldBe(CallDisposition.Answered);
        record.Cause.ShouldBe(HangUpCause.Normal);
        (await _f.Records.FindAsync(callee, CancellationToken.None)).ShouldNotBeNull().From.ShouldBe("101");
    }
}
