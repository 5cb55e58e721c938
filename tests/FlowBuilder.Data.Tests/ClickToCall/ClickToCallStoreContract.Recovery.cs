using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Data.Tests.ClickToCall;

public abstract partial class ClickToCallStoreContract
{
    [ContractFact]
    public async Task Recover_ReturnsOnlyTheNodesCallingRequests_LapsedOrNot_OldestClaimFirst_AndChangesNothing()
    {
        await CampaignsAsync();
        foreach (var id in new[] { "r1", "r2", "r3", "r4" }) await Stores.Requests.AddAsync(Request(id), None);
        await Stores.Requests.ClaimDueAsync(Start, 1, "node-a", Start.AddMinutes(5), None);
        await Stores.Requests.ClaimDueAsync(Start, 1, "node-a", Start.AddMinutes(1), None);
        await Stores.Requests.ClaimDueAsync(Start, 1, "node-b", Start.AddMinutes(2), None);
        var finished = (await Stores.Requests.ClaimDueAsync(Start, 1, "node-a", Start.AddMinutes(3), None)).Single();
        (await Stores.Requests.FinishAttemptAsync(new CallbackAttemptOutcome(finished.Id, 1, CallbackRequestStatus.FailedCallingClient,
            Start.AddMinutes(1), null, "busy", []), None)).ShouldBeTrue();
        var before = (await Stores.Requests.ListAsync(new CallbackRequestQuery("default") { Take = 10 }, None)).Items;

        var open = await Stores.Requests.RecoverAsync("node-a", None);

        open.Select(r => r.ClaimedUntil).ShouldBe([Start.AddMinutes(1), Start.AddMinutes(5)]);
        open.ShouldAllBe(r => r.Status == CallbackRequestStatus.Calling && r.ClaimedBy == "node-a" && r.Attempts == 1);
        (await Stores.Requests.RecoverAsync("node-b", None)).ShouldHaveSingleItem().ClaimedUntil.ShouldBe(Start.AddMinutes(2));
        (await Stores.Requests.RecoverAsync("node-c", None)).ShouldBeEmpty();
        (await Stores.Requests.ListAsync(new CallbackRequestQuery("default") { Take = 10 }, None)).Items.ShouldBe(before);
    }
}
