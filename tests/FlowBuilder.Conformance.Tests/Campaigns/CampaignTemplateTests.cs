using System.Text.Json;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Conformance.Tests.Campaigns;

/// <summary>The campaign templates in flow-templates/ run by the real dialer on the call simulator, as a campaign would run them.</summary>
public sealed class CampaignTemplateTests
{
    private static readonly TimeSpan DigitTimeout = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task PaymentReminder_SpeaksNameAndAmount_Pressing1Converts_SilenceRepeatsThreeTimes()
    {
        await using var rig = new CampaignTemplateRig();
        var flow = await rig.PublishTemplateAsync("campaign-payment-reminder");
        rig.AddContact("+15550100001", "Alice", new Dictionary<string, object?> { ["amountDue"] = 120.5, ["dueDate"] = new DateOnly(2026, 1, 15) });
        rig.AddContact("+15550100002", "Boris", new Dictionary<string, object?> { ["amountDue"] = 75.0, ["dueDate"] = new DateOnly(2026, 1, 20) });
        await rig.StartAsync(flow, CampaignMode.AutoInformer);

        var alice = await rig.CallToAsync("+15550100001");
        await rig.SaidAsync(alice, "press 1");
        await rig.WaitForDigitReadAsync(alice);
        rig.Simulator.PressDigits(alice, "1");
        await rig.HungUpAsync(alice);

        var boris = await rig.CallToAsync("+15550100002");
        for (var heard = 1; heard <= 3; heard++)
        {
            await rig.SaidAsync(boris, "press 1", heard);
            await rig.WaitForDigitReadAsync(boris);
            rig.Clock.Advance(DigitTimeout);
        }
        var attempts = await rig.CompletedAsync();

        rig.Said(alice).ShouldContain(s => s.Contains("Hello Alice", StringComparison.Ordinal));
        rig.Said(alice).ShouldContain(s => s.Contains("120.5 dollars is due on 2026-01-15", StringComparison.Ordinal));
        rig.Said(alice).ShouldContain(s => s.Contains("confirmation is recorded", StringComparison.Ordinal));
        var confirmed = attempts.Single(a => a.Phone == "+15550100001");
        (confirmed.Disposition, confirmed.Converted).ShouldBe((AttemptDisposition.Answered, true));
        var result = JsonDocument.Parse(confirmed.Result!).RootElement;
        (result.GetProperty("confirmed").GetBoolean(), result.GetProperty("pressed").GetString()).ShouldBe((true, "1"));
        (await rig.EntryAsync("+15550100001")).Converted.ShouldBeTrue();

        rig.Said(boris).Count(s => s.Contains("75 dollars is due on 2026-01-20", StringComparison.Ordinal)).ShouldBe(3);
        rig.Said(boris).Last().ShouldContain("please ignore this call");
        var silent = attempts.Single(a => a.Phone == "+15550100002");
        (silent.Disposition, silent.Converted).ShouldBe((AttemptDisposition.Answered, false));
        var heardThrice = JsonDocument.Parse(silent.Result!).RootElement;
        (heardThrice.GetProperty("confirmed").GetBoolean(), heardThrice.GetProperty("heard").GetDouble()).ShouldBe((false, 3.0));
        (await rig.EntryAsync("+15550100002")).State.ShouldBe(CampaignContactState.Done);
    }

    [Fact]
    public async Task Survey_RecordsBothAnswers_AndCountsTheCompletedSurveyAsConverted()
    {
        await using var rig = new CampaignTemplateRig();
        var flow = await rig.PublishTemplateAsync("campaign-survey");
        rig.AddContact("+15550200001", "Carla");
        await rig.StartAsync(flow, CampaignMode.AutoInformer);

        var call = await rig.CallToAsync("+15550200001");
        await rig.SaidAsync(call, "How satisfied");
        await rig.WaitForDigitReadAsync(call);
        rig.Simulator.PressDigits(call, "4");
        await rig.SaidAsync(call, "recommend us");
        await rig.WaitForDigitReadAsync(call);
        rig.Simulator.PressDigits(call, "1");
        var attempt = (await rig.CompletedAsync()).ShouldHaveSingleItem();

        rig.Said(call)[0].ShouldContain("Hello Carla");
        var result = JsonDocument.Parse(attempt.Result!).RootElement;
        (result.GetProperty("satisfaction").GetString(), result.GetProperty("recommend").GetString()).ShouldBe(("4", "yes"));
        attempt.Converted.ShouldBeTrue();
    }

    [Fact]
    public async Task SalesCallback_NoOperatorFreeWithinTwoSeconds_PlaysTheApology_AndTheCallIsAbandoned()
    {
        await using var rig = new CampaignTemplateRig();
        var flow = await rig.PublishTemplateAsync("campaign-sales-callback");
        rig.AddContact("+15550300001", "Dmitri");
        rig.Simulator.ScriptDial("+15550300001", DialStatus.Answered, TimeSpan.FromSeconds(10));
        await rig.StartAsync(flow, CampaignMode.Predictive, ["101"]);

        var call = await rig.CallToAsync("+15550300001");
        (await rig.Desk.PauseAsync("101", CancellationToken.None)).View!.State.ShouldBe(OperatorState.Paused);  // busy elsewhere before the answer
        var waitingForOperator = rig.Watch.NextTimerAsync(TimeSpan.FromSeconds(2));
        rig.Clock.Advance(TimeSpan.FromSeconds(10));
        await waitingForOperator.WaitAsync(TimeSpan.FromSeconds(20));
        rig.Clock.Advance(TimeSpan.FromSeconds(2));
        var attempt = (await rig.CompletedAsync()).ShouldHaveSingleItem();

        rig.Said(call)[0].ShouldContain("Hello Dmitri");
        rig.Said(call).Last().ShouldContain("We will call you back");
        (attempt.Disposition, attempt.Result, attempt.Operator).ShouldBe((AttemptDisposition.Abandoned, "\"abandoned\"", null));
    }

    [Fact]
    public async Task SalesCallback_WithAReadyOperator_ConnectsTheContact_AndTheOperatorsDispositionIsRecorded()
    {
        await using var rig = new CampaignTemplateRig();
        var flow = await rig.PublishTemplateAsync("campaign-sales-callback");
        rig.AddContact("+15550400001", "Elena");
        await rig.StartAsync(flow, CampaignMode.Progressive, ["101"]);

        var call = await rig.CallToAsync("+15550400001");
        var operatorLeg = (await rig.Simulator.WaitUntilAsync(e => e.CallId == call && e.Kind == Engine.Calls.Simulator.SimulatedCallEventKind.Bridged)
            .WaitAsync(TimeSpan.FromSeconds(20))).Text!;
        rig.Desk.Get("101")!.State.ShouldBe(OperatorState.Talking);
        rig.Simulator.HangUpByCaller(operatorLeg);  // the operator ends the talk
        var attempt = (await rig.CompletedAsync()).ShouldHaveSingleItem();
        var submitted = await rig.Desk.SubmitDispositionAsync("101", attempt.Id, "interested", "wants the yearly plan", CancellationToken.None);
        submitted.Succeeded.ShouldBeTrue(submitted.Error);

        rig.Said(call).ShouldContain(s => s.Contains("Thank you for talking with us", StringComparison.Ordinal));
        rig.Said(call).ShouldNotContain(s => s.Contains("call you back", StringComparison.Ordinal));
        (attempt.Disposition, attempt.Result, attempt.Operator).ShouldBe((AttemptDisposition.Answered, "\"connected\"", "101"));
        var recorded = (await rig.Store.ListAttemptsAsync(new AttemptQuery(CampaignTemplateRig.CampaignId), CancellationToken.None)).ShouldHaveSingleItem();
        (recorded.OperatorDisposition, recorded.Notes).ShouldBe(("interested", "wants the yearly plan"));
    }
}
