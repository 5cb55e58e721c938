using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>A company that may not spend: its running campaigns pause with the reason; calls already up go on.</summary>
public sealed class CampaignSpendingTests : IAsyncLifetime
{
    private const string Reason = "The balance of Acme is -3.20 EUR and its credit limit 0.00 EUR: top up the account to place calls again.";
    private static readonly TimeSpan Ring = TimeSpan.FromSeconds(10);
    private readonly DialerHarness _dialer = new();

    public async Task InitializeAsync()
    {
        _dialer.Contacts.AddGroup(DialerHarness.Group);
        for (var i = 0; i < 3; i++)
        {
            var phone = $"+1555500000{i}";
            _dialer.Contacts.AddContact(DialerHarness.Group, phone);
            _dialer.Simulator.ScriptDial(phone, DialStatus.Answered, Ring);
        }
        await _dialer.StartAsync();
    }

    public async Task DisposeAsync() => await _dialer.DisposeAsync();

    [Fact]
    public async Task RefusedCompany_CampaignIsPausedWithTheReason_BeforeAnyAttempt()
    {
        _dialer.Spending.Refuse(DialerHarness.Company, Reason);
        await _dialer.AddCampaignAsync("broke");

        await _dialer.StartCampaignAsync("broke");
        await _dialer.UntilAsync(async () => (await _dialer.CampaignAsync("broke")).Status == CampaignStatus.Paused, "the campaign pauses");

        var campaign = await _dialer.CampaignAsync("broke");
        campaign.Error.ShouldBe("Paused: " + Reason);
        (await _dialer.CountsAsync("broke")).Attempts.ShouldBe(0);
        _dialer.Ringing.ShouldBe(0);
    }

    [Fact]
    public async Task RefusedWhileRunning_CallsInProgressFinish_NoNewOnes_ResumeClearsTheReasonAndGoesOn()
    {
        await _dialer.AddCampaignAsync("run", maxConcurrentCalls: 1);
        await _dialer.StartCampaignAsync("run");
        await _dialer.SettledAsync("run");
        _dialer.Store.InFlight.ShouldBe(1);

        _dialer.Spending.Refuse(DialerHarness.Company, Reason);
        await _dialer.AdvanceAsync("run", Ring);            // the call in progress ends; the next pass is refused

        var paused = await _dialer.CampaignAsync("run");
        paused.Status.ShouldBe(CampaignStatus.Paused);
        paused.Error.ShouldBe(CampaignRun.SpendingPausePrefix + Reason);
        var counts = await _dialer.CountsAsync("run");
        (counts.Attempts, counts.Answered, counts.InProgress).ShouldBe((1L, 1L, 0L));

        _dialer.Spending.Allow(DialerHarness.Company);
        var resumed = await _dialer.Control.ResumeAsync(DialerHarness.Company, "run", CancellationToken.None);
        resumed.Campaign!.Status.ShouldBe(CampaignStatus.Active);
        resumed.Campaign.Error.ShouldBeNull();
        await _dialer.SettledAsync("run");
        (await _dialer.CountsAsync("run")).Attempts.ShouldBe(2);
    }
}
