using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>How a flow result becomes an attempt outcome.</summary>
public sealed class ClickToCallOutcomeTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly ClickToCallCampaign Campaign = ClickToCallCampaigns.Campaign();

    private static CallbackRequest Request(int attempts) => ClickToCallCampaigns.Request("cb_1", CallbackRequestStatus.Calling, attempts, Start);

    private static CallbackAttemptOutcome OutcomeOf(object? result, int attempts = 1, string? fault = null) =>
        ClickToCallDispatcher.Outcome(Campaign, Request(attempts), ClickToCallFlowResult.Read(result), fault, Start, Start.AddMinutes(1));

    [Theory]
    [InlineData(null)]
    [InlineData("done")]
    [InlineData(42.0)]
    public void AResultWithoutAStatus_IsAFailedClientAttempt_Retried(object? result)
    {
        var outcome = OutcomeOf(result);

        outcome.Status.ShouldBe(CallbackRequestStatus.Waiting);
        outcome.Reason.ShouldBe(ClickToCallDispatcher.NoStatusReason);
        outcome.NextAttemptAt.ShouldBe(Start.AddMinutes(6));
    }

    [Fact]
    public void AFaultedFlow_IsAFailedClientAttempt_WithTheFault_AndFailsWhenNoAttemptIsLeft()
    {
        var outcome = OutcomeOf(null, attempts: 3, fault: "the flow faulted at node x: boom");

        outcome.Status.ShouldBe(CallbackRequestStatus.FailedCallingClient);
        outcome.Reason.ShouldBe("the flow faulted at node x: boom");
        outcome.NextAttemptAt.ShouldBeNull();
    }

    [Fact]
    public void Completed_TakesTheCampaignsPrice_TalkTime_AndBothLegs()
    {
        var outcome = OutcomeOf(new Dictionary<string, object?>
        {
            ["status"] = "completed",
            ["talkSeconds"] = 42.0,
            ["client"] = new Dictionary<string, object?> { ["callId"] = "simulator-a", ["outcome"] = "answered", ["sipStatus"] = 200.0, ["answeredAt"] = "2026-01-05T09:00:10+00:00" },
            ["company"] = new Dictionary<string, object?> { ["callId"] = "simulator-b", ["outcome"] = "answered", ["answeredBy"] = "ext:102" },
        });

        outcome.Status.ShouldBe(CallbackRequestStatus.Completed);
        outcome.Price.ShouldBe(0.50m);
        outcome.TalkSeconds.ShouldBe(42);
        outcome.Legs.Select(l => (l.Side, l.CallId, l.Number, l.SipStatus)).ShouldBe(
            [(CallbackLegSide.Client, "simulator-a", "+4915123456789", (int?)200), (CallbackLegSide.Company, "simulator-b", "ext:102", null)]);
        outcome.Legs[0].AnsweredAt.ShouldBe(Start.AddSeconds(10));
    }

    [Fact]
    public void FailedCallingCompany_IsFinal_WithTheFlowsReason()
    {
        var outcome = OutcomeOf(new Dictionary<string, object?> { ["status"] = "failed-calling-company", ["reason"] = "nobody there" });

        outcome.Status.ShouldBe(CallbackRequestStatus.FailedCallingCompany);
        outcome.Reason.ShouldBe("nobody there");
        outcome.Legs.ShouldBeEmpty();
    }

    [Fact]
    public void CompanyFirst_EachLegStartsWhenTheFlowPlacedIt_NotAllAtTheAttemptsStart()
    {
        var outcome = OutcomeOf(new Dictionary<string, object?>
        {
            ["status"] = "completed",
            ["client"] = new Dictionary<string, object?> { ["callId"] = "simulator-a", ["outcome"] = "answered", ["startedAt"] = "2026-01-05T09:00:07+00:00" },
            ["company"] = new Dictionary<string, object?> { ["callId"] = "simulator-b", ["outcome"] = "answered", ["startedAt"] = "2026-01-05T09:00:01+00:00" },
        });

        outcome.Legs.Select(l => (l.Side, l.StartedAt)).ShouldBe([(CallbackLegSide.Client, Start.AddSeconds(7)), (CallbackLegSide.Company, Start.AddSeconds(1))]);
    }

    [Fact]
    public void ALegWithoutAStart_StartsWithTheAttempt()
    {
        var outcome = OutcomeOf(new Dictionary<string, object?>
        {
            ["status"] = "failed-calling-client",
            ["client"] = new Dictionary<string, object?> { ["callId"] = "simulator-a", ["outcome"] = "busy", ["sipStatus"] = 486.0 },
        });

        outcome.Legs.ShouldHaveSingleItem().StartedAt.ShouldBe(Start);
    }
}
