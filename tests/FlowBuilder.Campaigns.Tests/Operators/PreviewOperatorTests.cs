using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Tests.Operators;

public sealed class PreviewOperatorTests : IAsyncLifetime
{
    private readonly OperatorRig _rig = new(CampaignMode.Preview);

    public async Task InitializeAsync()
    {
        await _rig.PublishFlowAsync();
        _rig.AddContact("c1", "+15550002001", "Jane");
        _rig.AddContact("c2", "+15550002002", "Omar");
        _rig.Contacts.PutInfo("+15550002001", new Dictionary<string, object?> { ["loans"] = new Dictionary<string, object?> { ["amountDue"] = 120.5m } });
    }

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Login_ShowsTheNextContactsCard_ReservedForTheOperator()
    {
        var view = await _rig.LoginAsync("101");

        view.State.ShouldBe(OperatorState.Reserved);
        view.Card!.Contact.Name.ShouldBe("Jane");
        view.Card.Contact.Fields["plan"].ShouldBe("gold");
        view.Card.QueueEntry.ContactId.ShouldBe("c1");
        view.Card.Info.Keys.ShouldBe(["loans"]);
        view.AttemptId.ShouldBeNull();
        _rig.Store.Contact("c1").Operator.ShouldBe("101");
    }

    [Fact]
    public async Task CardCallConnectDisposition_RecordsTheDisposition_AndShowsTheNextCard()
    {
        await _rig.LoginAsync("101");

        var calling = await _rig.Operators.CallAsync("101", CancellationToken.None);
        calling.Succeeded.ShouldBeTrue(calling.Error);
        calling.View!.AttemptId.ShouldBe("p1");
        calling.View.CallState.ShouldBe("ringing");
        var (call, instanceId) = await _rig.ContactAnswersAsync(live: null);
        _rig.Calls.Simulator.HangUpByCaller(await _rig.OperatorLegAsync(call.Id));
        (await _rig.ResultAsync(instanceId)).ShouldBe("connected 101 0");
        await _rig.ViewAsync("101", v => v.State == OperatorState.WrapUp);

        var done = await _rig.Operators.SubmitDispositionAsync("101", "p1", "call-back", "after 6pm", CancellationToken.None);

        done.Succeeded.ShouldBeTrue(done.Error);
        _rig.Store.Attempt("p1").OperatorDisposition.ShouldBe("call-back");
        _rig.Store.Attempt("p1").Notes.ShouldBe("after 6pm");
        _rig.Store.Attempt("p1").Operator.ShouldBe("101");
        var next = await _rig.ViewAsync("101", v => v.Card?.Contact.Id == "c2");
        next.State.ShouldBe(OperatorState.Reserved);
        next.AttemptId.ShouldBeNull();
    }

    [Fact]
    public async Task DoNotCallDisposition_AddsTheNumberToTheCompanysList()
    {
        await _rig.LoginAsync("101");
        await _rig.Operators.CallAsync("101", CancellationToken.None);
        var (call, instanceId) = await _rig.ContactAnswersAsync(live: null);
        _rig.Calls.Simulator.HangUpByCaller(await _rig.OperatorLegAsync(call.Id));
        await _rig.ResultAsync(instanceId);

        var done = await _rig.Operators.SubmitDispositionAsync("101", "p1", "do-not-call", null, CancellationToken.None);

        done.Succeeded.ShouldBeTrue(done.Error);
        var entry = _rig.DoNotCall.Entries.ShouldHaveSingleItem();
        (entry.CompanyId, entry.Phone, entry.Source).ShouldBe((OperatorRig.Company, "+15550002001", "operator"));
    }

    [Fact]
    public async Task Skip_PutsTheContactBackForLater_AndShowsTheNextCard()
    {
        await _rig.LoginAsync("101");

        var skipped = await _rig.Operators.SkipAsync("101", CancellationToken.None);

        skipped.View!.Card!.Contact.Id.ShouldBe("c2");
        var back = _rig.Store.Contact("c1");
        back.State.ShouldBe(CampaignContactState.Waiting);
        back.NextAttemptAt.ShouldBe(_rig.Clock.GetUtcNow() + TimeSpan.FromMinutes(10));
        back.Reason.ShouldBe("skipped-by-operator");
        back.Operator.ShouldBeNull();
    }

    [Fact]
    public async Task Call_RefusedByTheDialer_IsConflict_AndTheOperatorGetsNoCardWhileTheCampaignIsPaused()
    {
        await _rig.LoginAsync("101");
        _rig.Preview.Refuse = true;
        await _rig.Store.UpdateAsync(_rig.Campaign with { Status = CampaignStatus.Paused }, CancellationToken.None);

        var result = await _rig.Operators.CallAsync("101", CancellationToken.None);

        result.Problem.ShouldBe("conflict");
        result.Error!.ShouldContain("+15550002001 cannot be placed now");
        var view = await _rig.ViewAsync("101", v => v.State == OperatorState.Ready);
        view.Card.ShouldBeNull();
        _rig.Store.Contact("c2").State.ShouldBe(CampaignContactState.Waiting);
    }

    [Fact]
    public async Task UnansweredPreviewCall_ReleasedByTheDialer_ShowsTheNextCard()
    {
        await _rig.LoginAsync("101");
        await _rig.Operators.CallAsync("101", CancellationToken.None);

        _rig.Pool.Release(OperatorRig.CampaignId, "p1");

        (await _rig.ViewAsync("101", v => v.Card?.Contact.Id == "c2")).State.ShouldBe(OperatorState.Reserved);
    }

    [Fact]
    public async Task Pause_WithACard_GivesTheContactBack()
    {
        await _rig.LoginAsync("101");

        var paused = await _rig.Operators.PauseAsync("101", CancellationToken.None);

        paused.View!.State.ShouldBe(OperatorState.Paused);
        paused.View.Card.ShouldBeNull();
        _rig.Store.Contact("c1").State.ShouldBe(CampaignContactState.Waiting);
        _rig.Store.Contact("c1").Operator.ShouldBeNull();
    }

    [Fact]
    public async Task ReadyWithoutACard_LooksAgainLater_AndGetsTheContactThatCameBack()
    {
        await _rig.LoginAsync("101");
        await _rig.LoginAsync("102");
        var third = await _rig.LoginAsync("103");
        third.State.ShouldBe(OperatorState.Ready);
        third.Card.ShouldBeNull();
        await _rig.Operators.PauseAsync("102", CancellationToken.None);

        _rig.Clock.Advance(OperatorDesk.CardRetry);

        (await _rig.ViewAsync("103", v => v.Card is not null)).Card!.Contact.Id.ShouldBe("c2");
        _rig.Store.Contact("c2").Operator.ShouldBe("103");
    }
}
