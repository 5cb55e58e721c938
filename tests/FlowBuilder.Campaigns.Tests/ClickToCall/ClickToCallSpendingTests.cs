using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>Click-to-call and billing: a company that may not spend gets no callback until it may; a completed request is metered once.</summary>
public sealed class ClickToCallSpendingTests : IAsyncLifetime
{
    private const string Reason = "The balance of Acme is -1.00 EUR and its credit limit 0.00 EUR: top up the account to place calls again.";
    private readonly DispatchRig _rig = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private async Task CompleteAsync(int nth)
    {
        var clientLeg = await _rig.DialledAsync(DispatchRig.Client, nth);
        var operatorLeg = await _rig.BridgedToAsync(clientLeg);
        _rig.Clock.Advance(TimeSpan.FromSeconds(65));
        _rig.Simulator.HangUpByCaller(operatorLeg);
    }

    [Fact]
    public async Task RefusedCompany_RequestIsNotDialled_WaitsWithTheReason_AndIsCalledOnceTheBalanceAllows()
    {
        _rig.Spending.Refuse(ClickToCallCampaigns.Company, Reason);
        await _rig.StartAsync();
        var request = await _rig.SubmitAsync();

        var waiting = await _rig.UntilAsync(request.Id, r => r.Reason == Reason, "the request waits with the reason");

        waiting.Status.ShouldBe(CallbackRequestStatus.Waiting);
        waiting.Attempts.ShouldBe(0, "a refused callback is not an attempt");
        waiting.NextAttemptAt.ShouldBe(_rig.Clock.GetUtcNow() + ClickToCallDispatcher.SpendingRecheck);
        _rig.Dialled.ShouldBeEmpty();

        _rig.Spending.Allow(ClickToCallCampaigns.Company);
        _rig.Clock.Advance(ClickToCallDispatcher.SpendingRecheck);
        await CompleteAsync(1);

        var done = await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.Completed, "the request completes");
        done.Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task CompletedRequest_IsMeteredOnce_ByItsId()
    {
        await _rig.StartAsync();
        var request = await _rig.SubmitAsync();
        await CompleteAsync(1);
        await _rig.UntilAsync(request.Id, r => r.Status == CallbackRequestStatus.Completed, "the request completes");

        var completed = _rig.Meter.Of(BillingMetrics.ClickToCallCompleted).ShouldHaveSingleItem();
        completed.SourceId.ShouldBe(request.Id);
        completed.CompanyId.ShouldBe(ClickToCallCampaigns.Company);
        completed.Quantity.ShouldBe(1m);
        _rig.Meter.Calls.Count(e => e.Metric == BillingMetrics.ClickToCallCompleted).ShouldBe(1);
    }
}
