using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Tests.Operators;

public sealed class OperatorConnectorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Progressive_ReservedOperator_IsConnected_WrapsUp_AndIsReadyWhenTheWrapUpTimeEnds()
    {
        await using var rig = new OperatorRig(CampaignMode.Progressive, wrapUpSeconds: 20);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");
        await rig.LoginAsync("102");
        var live = rig.BeginAttempt(contact, reservedOperator: rig.Pool.TryReserve(OperatorRig.CampaignId, "a1"));
        live.ReservedOperator.ShouldBe("101");

        var (call, instanceId) = await rig.ContactAnswersAsync(live);
        var leg = await rig.OperatorLegAsync(call.Id);
        var talking = await rig.ViewAsync("101", v => v.CallState == "talking");
        rig.Clock.Advance(TimeSpan.FromSeconds(42));
        rig.Calls.Simulator.HangUpByCaller(leg);

        (await rig.ResultAsync(instanceId)).ShouldBe("connected 101 42");
        talking.State.ShouldBe(OperatorState.Talking);
        talking.CallId.ShouldBe(call.Id);
        talking.Card!.Contact.Name.ShouldBe("Jane");
        live.Operator.ShouldBe("101");
        live.OperatorTalkSeconds.ShouldBe(42);
        live.Abandoned.ShouldBeFalse();
        rig.Store.AttemptUpdates.ShouldContain(a => a.Id == "a1" && a.Operator == "101");
        (await rig.Calls.RecordOfAsync(leg)).From.ShouldBe("+15550002001");
        var wrapUp = await rig.ViewAsync("101", v => v.State == OperatorState.WrapUp);
        wrapUp.AttemptId.ShouldBe("a1");
        rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(1);

        rig.Clock.Advance(TimeSpan.FromSeconds(20));

        (await rig.ViewAsync("101", v => v.State == OperatorState.Ready)).AttemptId.ShouldBeNull();
        rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(2);
    }

    [Fact]
    public async Task RecordCall_RecordsTheTalk_AndTheRecordingBelongsToTheFlowInstance()
    {
        await using var rig = new OperatorRig(CampaignMode.Progressive);
        await rig.PublishFlowAsync(recordCall: true);
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");

        var (call, instanceId) = await rig.ContactAnswersAsync(rig.BeginAttempt(contact, rig.Pool.TryReserve(OperatorRig.CampaignId, "a1")));
        rig.Calls.Simulator.HangUpByCaller(await rig.OperatorLegAsync(call.Id));

        (await rig.ResultAsync(instanceId)).ShouldBe("connected 101 0 recorded");
        var recording = (await rig.Calls.Recordings.ListAsync(new CallRecordingQuery(OperatorRig.Company), CancellationToken.None)).ShouldHaveSingleItem();
        recording.InstanceId.ShouldBe(instanceId);
    }

    [Fact]
    public async Task Disposition_AfterTheCall_IsRecorded_AndTheOperatorIsReadyAtOnce()
    {
        await using var rig = new OperatorRig(CampaignMode.Progressive);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");
        var live = rig.BeginAttempt(contact, rig.Pool.TryReserve(OperatorRig.CampaignId, "a1"));
        var (call, instanceId) = await rig.ContactAnswersAsync(live);
        rig.Calls.Simulator.HangUpByCaller(await rig.OperatorLegAsync(call.Id));
        await rig.ResultAsync(instanceId);
        await rig.ViewAsync("101", v => v.State == OperatorState.WrapUp);

        var result = await rig.Operators.SubmitDispositionAsync("101", "a1", "Interested", " wants the gold plan ", CancellationToken.None);

        result.View!.State.ShouldBe(OperatorState.Ready);
        rig.Store.Attempt("a1").OperatorDisposition.ShouldBe("interested");
        rig.Store.Attempt("a1").Notes.ShouldBe("wants the gold plan");
        rig.DoNotCall.Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task PauseDuringTheCall_TheCallGoesOn_AndTheDispositionLeavesTheOperatorPaused()
    {
        await using var rig = new OperatorRig(CampaignMode.Progressive);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");
        var (call, instanceId) = await rig.ContactAnswersAsync(rig.BeginAttempt(contact, rig.Pool.TryReserve(OperatorRig.CampaignId, "a1")));
        var leg = await rig.OperatorLegAsync(call.Id);

        (await rig.Operators.PauseAsync("101", CancellationToken.None)).View!.State.ShouldBe(OperatorState.Talking);
        rig.Calls.Simulator.HangUpByCaller(leg);
        (await rig.ResultAsync(instanceId)).ShouldBe("connected 101 0");
        await rig.ViewAsync("101", v => v.State == OperatorState.WrapUp);
        var done = await rig.Operators.SubmitDispositionAsync("101", "a1", "not-interested", null, CancellationToken.None);

        done.View!.State.ShouldBe(OperatorState.Paused);
        rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(0);
    }

    [Fact]
    public async Task Predictive_TakesTheFirstFreeOperator()
    {
        await using var rig = new OperatorRig(CampaignMode.Predictive);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("103");
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        await rig.LoginAsync("102");

        var (call, instanceId) = await rig.ContactAnswersAsync(rig.BeginAttempt(contact));
        rig.Calls.Simulator.HangUpByCaller(await rig.OperatorLegAsync(call.Id));

        (await rig.ResultAsync(instanceId)).ShouldBe("connected 103 0");
        rig.Operators.Get("102")!.State.ShouldBe(OperatorState.Ready);
    }

    [Fact]
    public async Task Predictive_OperatorReadyWithinTheWait_TakesTheCall()
    {
        await using var rig = new OperatorRig(CampaignMode.Predictive);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");
        await rig.Operators.PauseAsync("101", CancellationToken.None);
        var waiting = rig.Watch.NextTimerAsync();

        var (call, instanceId) = await rig.ContactAnswersAsync(rig.BeginAttempt(contact));
        (await waiting.WaitAsync(Patience)).ShouldBe(TimeSpan.FromSeconds(2));
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        await rig.Operators.ReadyAsync("101", CancellationToken.None);
        rig.Calls.Simulator.HangUpByCaller(await rig.OperatorLegAsync(call.Id));

        (await rig.ResultAsync(instanceId)).ShouldBe("connected 101 0");
    }

    [Fact]
    public async Task Predictive_NoOperatorFreeWithinTheWait_IsAbandoned()
    {
        await using var rig = new OperatorRig(CampaignMode.Predictive);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");
        rig.Pool.TryReserve(OperatorRig.CampaignId, "other-call").ShouldBe("101");
        var live = rig.BeginAttempt(contact);
        var waiting = rig.Watch.NextTimerAsync();

        var (_, instanceId) = await rig.ContactAnswersAsync(live);
        await waiting.WaitAsync(Patience);
        rig.Clock.Advance(TimeSpan.FromSeconds(2));

        (await rig.ResultAsync(instanceId)).ShouldBe("no-operator");
        live.Abandoned.ShouldBeTrue();
        live.Operator.ShouldBeNull();
    }

    [Fact]
    public async Task OperatorNotAnswering_IsPaused_AndTheCallGoesToTheNextReadyOperator()
    {
        await using var rig = new OperatorRig(CampaignMode.Progressive);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        await rig.LoginAsync("102");
        rig.Calls.Simulator.ScriptDial("101", DialStatus.NoAnswer);
        var live = rig.BeginAttempt(contact, rig.Pool.TryReserve(OperatorRig.CampaignId, "a1"));
        var ringing = rig.Calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == "101");

        var (call, instanceId) = await rig.ContactAnswersAsync(live);
        await ringing.WaitAsync(Patience);
        rig.Clock.Advance(TimeSpan.FromSeconds(15));
        rig.Calls.Simulator.HangUpByCaller(await rig.OperatorLegAsync(call.Id));

        (await rig.ResultAsync(instanceId)).ShouldBe("connected 102 0");
        (await rig.ViewAsync("101", v => v.State == OperatorState.Paused)).AttemptId.ShouldBeNull();
        live.Operator.ShouldBe("102");
        rig.Pool.Ready(OperatorRig.CampaignId).ShouldBe(0);
    }

    [Fact]
    public async Task OperatorNotAnswering_NoOtherOperator_Fails()
    {
        await using var rig = new OperatorRig(CampaignMode.Progressive);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");
        rig.Calls.Simulator.ScriptDial("101", DialStatus.Busy);

        var (_, instanceId) = await rig.ContactAnswersAsync(rig.BeginAttempt(contact, rig.Pool.TryReserve(OperatorRig.CampaignId, "a1")));

        (await rig.ResultAsync(instanceId)).ShouldBe("failed: Operator 101 did not answer (now paused) and no other operator of campaign 'Spring sale' was free.");
        rig.Operators.Get("101")!.State.ShouldBe(OperatorState.Paused);
    }

    [Fact]
    public async Task ContactHangsUpWhileTheOperatorRings_TakesHungUp_AndTheOperatorIsReady()
    {
        await using var rig = new OperatorRig(CampaignMode.Progressive);
        await rig.PublishFlowAsync();
        var contact = rig.AddContact("c1", "+15550002001", "Jane");
        await rig.LoginAsync("101");
        rig.Calls.Simulator.ScriptDial("101", DialStatus.Answered, TimeSpan.FromSeconds(5));
        var ringing = rig.Calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == "101");

        var (call, instanceId) = await rig.ContactAnswersAsync(rig.BeginAttempt(contact, rig.Pool.TryReserve(OperatorRig.CampaignId, "a1")));
        await ringing.WaitAsync(Patience);
        (await rig.ViewAsync("101", v => v.CallState == "ringing")).State.ShouldBe(OperatorState.Talking);
        rig.Calls.Simulator.HangUpByCaller(call.Id);

        (await rig.ResultAsync(instanceId)).ShouldBe("hung-up");
        await rig.ViewAsync("101", v => v.State == OperatorState.Ready);
    }

    [Fact]
    public async Task NotACampaignCall_FailsNamingWhy()
    {
        await using var rig = new OperatorRig(CampaignMode.Predictive);
        await rig.PublishFlowAsync();

        var (_, instanceId) = await rig.ContactAnswersAsync(null);

        var result = (string)(await rig.ResultAsync(instanceId))!;
        result.ShouldStartWith($"failed: Flow instance {instanceId} is not a campaign call");
    }
}
