using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>The campaign's and the company's simultaneous-call limits are never exceeded, and no contact is dialled twice at once.</summary>
public sealed class CampaignLimitsTests
{
    private static readonly TimeSpan Ring = TimeSpan.FromSeconds(10);

    private static async Task<DialerHarness> HarnessAsync(int contacts, int companyLimit = 30)
    {
        var dialer = new DialerHarness(companyLimit: companyLimit);
        dialer.Contacts.AddGroup(DialerHarness.Group);
        for (var i = 0; i < contacts; i++)
        {
            var phone = $"+1555200{i:D4}";
            dialer.Contacts.AddContact(DialerHarness.Group, phone, "N" + i);
            dialer.Simulator.ScriptDial(phone, DialStatus.Answered, Ring);
        }
        await dialer.StartAsync();
        return dialer;
    }

    /// <summary>Rings the calls out round by round: waits until nothing moves without the clock, then lets the ringing calls answer.</summary>
    private static async Task DialEveryoneAsync(DialerHarness dialer, Func<Task<bool>> finished, params string[] campaignIds)
    {
        for (var round = 0; round < 40; round++)
        {
            await dialer.SettledAsync(campaignIds);
            if (await finished()) break;
            dialer.Clock.Advance(Ring);
        }
        (await finished()).ShouldBeTrue();
        foreach (var id in campaignIds) await dialer.IdleAsync(id);
    }

    [Fact]
    public async Task CampaignLimit_FourCallsAtOnce_NeverMoreAndEveryContactIsCalledOnce()
    {
        await using var dialer = await HarnessAsync(20);
        await dialer.AddCampaignAsync("a", maxConcurrentCalls: 4);
        await dialer.StartCampaignAsync("a");

        await DialEveryoneAsync(dialer, async () => (await dialer.CountsAsync("a")).Done == 20, "a");

        dialer.Store.MaxInFlight.ShouldBe(4);
        dialer.Store.DoubleDials.ShouldBeEmpty();
        var counts = await dialer.CountsAsync("a");
        (counts.Attempts, counts.Answered).ShouldBe((20L, 20L));
        (await dialer.CampaignAsync("a")).Status.ShouldBe(CampaignStatus.Completed);
    }

    [Fact]
    public async Task AttemptStartedAt_IsWhenItsSlotWasTaken_NotWhenThePassBegan_SoAttemptTimesShowTheLimitHeld()
    {
        await using var dialer = await HarnessAsync(1);
        await dialer.AddCampaignAsync("a", maxConcurrentCalls: 1);
        var claimedAt = DateTimeOffset.MinValue;
        dialer.Store.WhileClaiming = () =>
        {
            dialer.Clock.Advance(TimeSpan.FromMilliseconds(250));
            claimedAt = dialer.Clock.GetUtcNow();
        };
        await dialer.StartCampaignAsync("a");
        await dialer.SettledAsync("a");

        var attempt = (await dialer.AttemptsAsync("a")).ShouldHaveSingleItem();
        attempt.StartedAt.ShouldBeGreaterThanOrEqualTo(claimedAt, "a pass that took time must not date the attempt back to its start");
    }

    [Fact]
    public async Task CompanyLimit_TwoCampaignsShareIt_NeverMoreCallsThanTheCompanyMayHave()
    {
        await using var dialer = await HarnessAsync(8, companyLimit: 3);
        await dialer.AddCampaignAsync("a", maxConcurrentCalls: 3);
        await dialer.AddCampaignAsync("b", maxConcurrentCalls: 3);
        await dialer.StartCampaignAsync("a");
        await dialer.StartCampaignAsync("b");

        async Task<long> DoneAsync() => (await dialer.CountsAsync("a")).Done + (await dialer.CountsAsync("b")).Done;
        await DialEveryoneAsync(dialer, async () => await DoneAsync() == 16, "a", "b");

        (await DoneAsync()).ShouldBe(16);
        dialer.Store.MaxInFlight.ShouldBe(3);
    }

    [Fact]
    public async Task SamePhoneInTwoGroups_IsQueuedAndDialledOnce()
    {
        await using var dialer = await HarnessAsync(3);
        dialer.Contacts.AddGroup("g2");
        dialer.Contacts.AddContact("g2", "+15552000001", "Twin");
        dialer.Contacts.AddContact("g2", "+15552009999", "Only in g2");
        var campaign = await dialer.AddCampaignAsync("a");
        await dialer.Store.UpdateAsync(campaign with { GroupIds = [DialerHarness.Group, "g2"] }, CancellationToken.None);
        await dialer.StartCampaignAsync("a");
        await DialEveryoneAsync(dialer, async () => (await dialer.CountsAsync("a")).Done == 4, "a");

        var queue = await dialer.QueueAsync("a");
        queue.Select(c => c.Phone).ShouldBe(["+15552000000", "+15552000001", "+15552000002", "+15552009999"], ignoreOrder: true);
        (await dialer.CountsAsync("a")).Attempts.ShouldBe(4);
        dialer.Store.DoubleDials.ShouldBeEmpty();
    }
}
