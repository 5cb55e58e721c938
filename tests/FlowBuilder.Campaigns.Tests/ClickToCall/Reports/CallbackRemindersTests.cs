using FlowBuilder.Campaigns.ClickToCall.Reminders;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.Tests.ClickToCall.Reports;

public sealed class CallbackRemindersTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly ReportsHarness _harness = new();
    private readonly FakeEmailSender _email = new();

    [Fact]
    public async Task DueReminder_IsSentOnceToTheCampaignsAddress_NotBeforeItsTime()
    {
        await _harness.AddCampaignAsync("shop", "Shop banner", change: c => c with { ReminderEmail = "sales@acme.example" });
        var request = await AddWaitingAsync("shop", r => r with { Attempts = 2, Reason = "busy" });
        var reminders = Reminders("https://flows.example.com/");

        _harness.Time.Advance(TimeSpan.FromMinutes(14));
        (await reminders.SendDueAsync(None)).ShouldBe(0);
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        (await reminders.SendDueAsync(None)).ShouldBe(1);
        (await reminders.SendDueAsync(None)).ShouldBe(0);

        var message = _email.Messages.ShouldHaveSingleItem();
        message.To.ShouldBe(["sales@acme.example"]);
        message.Subject.ShouldBe("Callback request waiting: +4915112345678 (Shop banner)");
        message.Body.ShouldBe(
            "A visitor asked to be called back and has been waiting longer than 15 minutes.\n\n" +
            "Number:     +4915112345678\n" +
            "Direction:  Germany, Vodafone\n" +
            "Campaign:   Shop banner\n" +
            "Requested:  2026-11-10 12:00 (UTC)\n" +
            "Status:     WAITING\n" +
            "Attempts:   2\n" +
            "Reason:     busy\n" +
            $"\nOpen the request: https://flows.example.com/click-to-call/requests/{request.Id}\n");
        (await _harness.Requests.GetAsync(ReportsHarness.Company, request.Id, None))!.RemindedAt.ShouldBe(ReportsHarness.Start.AddMinutes(15));
    }

    [Fact]
    public async Task DueReminder_WithoutACampaignAddress_GoesToTheCompany_InItsTimeZone_WithoutLinkWhenNoBaseUrl()
    {
        await _harness.Companies.SaveAsync(new CompanyProfile(ReportsHarness.Company, "Acme", "office@acme.example", null, "Europe/Berlin"), None);
        await _harness.AddCampaignAsync("shop", "Shop banner");
        await AddWaitingAsync("shop");
        _harness.Time.Advance(TimeSpan.FromMinutes(20));

        (await Reminders().SendDueAsync(None)).ShouldBe(1);

        var message = _email.Messages.ShouldHaveSingleItem();
        message.To.ShouldBe(["office@acme.example"]);
        message.Body.ShouldContain("Requested:  2026-11-10 13:00 (Europe/Berlin)\n");
        message.Body.ShouldNotContain("Open the request");
    }

    [Fact]
    public async Task CompletedOrCancelledRequests_GetNoReminder()
    {
        await _harness.AddCampaignAsync("shop", "Shop banner", change: c => c with { ReminderEmail = "sales@acme.example" });
        await AddWaitingAsync("shop", r => r with { Status = CallbackRequestStatus.Completed, CompletedAt = r.CreatedAt.AddMinutes(3) });
        await AddWaitingAsync("shop", r => r with { Status = CallbackRequestStatus.Cancelled });
        var failed = await AddWaitingAsync("shop", r => r with { Status = CallbackRequestStatus.FailedCallingClient });
        _harness.Time.Advance(TimeSpan.FromHours(1));

        (await Reminders().SendDueAsync(None)).ShouldBe(1);

        _email.Messages.ShouldHaveSingleItem().Body.ShouldContain("Status:     FAILED CALLING CLIENT");
        _email.Messages.Single().Subject.ShouldContain(failed.ClientPhone);
    }

    [Fact]
    public async Task RefusedEmail_IsTriedAgainAtTheNextPoll_AndMarkedOnlyOnceSent()
    {
        await _harness.AddCampaignAsync("shop", "Shop banner", change: c => c with { ReminderEmail = "sales@acme.example" });
        var request = await AddWaitingAsync("shop");
        var reminders = Reminders();
        _harness.Time.Advance(TimeSpan.FromMinutes(15));
        _email.Refuse = true;

        (await reminders.SendDueAsync(None)).ShouldBe(0);
        (await _harness.Requests.GetAsync(ReportsHarness.Company, request.Id, None))!.RemindedAt.ShouldBeNull();
        _email.Refuse = false;
        _harness.Time.Advance(TimeSpan.FromSeconds(30));
        (await reminders.SendDueAsync(None)).ShouldBe(1);

        _email.Attempts.ShouldBe(2);
        _email.Messages.Count.ShouldBe(1);
        (await _harness.Requests.GetAsync(ReportsHarness.Company, request.Id, None))!.RemindedAt.ShouldBe(ReportsHarness.Start.AddMinutes(15.5));
    }

    [Fact]
    public async Task NoAddressAnywhere_SendsNothing_AndDoesNotHoldUpTheOthers()
    {
        await _harness.AddCampaignAsync("quiet", "Quiet banner");
        await _harness.AddCampaignAsync("shop", "Shop banner", change: c => c with { ReminderEmail = "sales@acme.example" });
        var quiet = await AddWaitingAsync("quiet");
        await AddWaitingAsync("shop", r => r with { RemindAt = r.RemindAt!.Value.AddMinutes(1) });
        _harness.Time.Advance(TimeSpan.FromMinutes(30));

        (await Reminders().SendDueAsync(None)).ShouldBe(1);

        _email.Messages.ShouldHaveSingleItem().To.ShouldBe(["sales@acme.example"]);
        (await _harness.Requests.ListDueRemindersAsync(_harness.Time.GetUtcNow(), 10, None)).ShouldBeEmpty();
        _email.Attempts.ShouldBe(1);
        quiet.Id.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task NoMailServer_SendsNothingAndMarksNothing()
    {
        await _harness.AddCampaignAsync("shop", "Shop banner", change: c => c with { ReminderEmail = "sales@acme.example" });
        await AddWaitingAsync("shop");
        _email.IsConfigured = false;
        _harness.Time.Advance(TimeSpan.FromMinutes(30));

        (await Reminders().SendDueAsync(None)).ShouldBe(0);
        (await Reminders(useSender: false).SendDueAsync(None)).ShouldBe(0);

        _email.Attempts.ShouldBe(0);
        (await _harness.Requests.ListDueRemindersAsync(_harness.Time.GetUtcNow(), 10, None)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task TwoNodesPollingInTurn_SendOneEmailPerRequest()
    {
        await _harness.AddCampaignAsync("shop", "Shop banner", change: c => c with { ReminderEmail = "sales@acme.example" });
        await AddWaitingAsync("shop");
        await AddWaitingAsync("shop", phone: "+4930123456");
        _harness.Time.Advance(TimeSpan.FromMinutes(15));

        var first = await Reminders().SendDueAsync(None);
        var second = await Reminders().SendDueAsync(None);

        (first, second).ShouldBe((2, 0));
        _email.Messages.Select(m => m.Subject).Order().ShouldBe([
            "Callback request waiting: +4915112345678 (Shop banner)", "Callback request waiting: +4930123456 (Shop banner)"]);
    }

    [Fact]
    public async Task SecondNode_RereadsEachRequestBeforeSending_AndSkipsWhatTheFirstMarkedMeanwhile()
    {
        await _harness.AddCampaignAsync("shop", "Shop banner", change: c => c with { ReminderEmail = "sales@acme.example" });
        await AddWaitingAsync("shop");
        await AddWaitingAsync("shop", phone: "+4930123456", change: r => r with { RemindAt = r.RemindAt!.Value.AddSeconds(1) });
        _harness.Time.Advance(TimeSpan.FromMinutes(16));
        var nodeA = Reminders();
        var nodeB = Reminders();
        _email.WhileSending = _ => nodeA.SendDueAsync(None);

        await nodeB.SendDueAsync(None);

        _email.Messages.Count(m => m.Subject.Contains("+4930123456", StringComparison.Ordinal)).ShouldBe(1);
        (await _harness.Requests.ListDueRemindersAsync(_harness.Time.GetUtcNow(), 10, None)).ShouldBeEmpty();
    }

    [Fact]
    public async Task HostedService_PollsEveryReminderPollSeconds_OnTheInjectedClock()
    {
        await _harness.AddCampaignAsync("shop", "Shop banner", change: c => c with { ReminderEmail = "sales@acme.example" });
        await AddWaitingAsync("shop", r => r with { RemindAt = r.CreatedAt.AddSeconds(50) });
        using var reminders = Reminders(pollSeconds: 20);
        await reminders.StartAsync(None);

        _harness.Time.Advance(TimeSpan.FromSeconds(40));
        _email.Messages.ShouldBeEmpty();
        _harness.Time.Advance(TimeSpan.FromSeconds(20));
        var message = await _email.NextAsync(Timeout);
        await reminders.StopAsync(None);

        message.To.ShouldBe(["sales@acme.example"]);
        _email.Messages.Count.ShouldBe(1);
    }

    private CallbackReminders Reminders(string? publicBaseUrl = null, int pollSeconds = 30, bool useSender = true) =>
        new(_harness.Requests, _harness.Campaigns, _harness.Companies, _harness.Time,
            Options.Create(new ClickToCallReminderOptions { PublicBaseUrl = publicBaseUrl, ReminderPollSeconds = pollSeconds }),
            NullLogger<CallbackReminders>.Instance, useSender ? _email : null);

    private Task<CallbackRequest> AddWaitingAsync(string campaignId, Func<CallbackRequest, CallbackRequest>? change = null, string phone = "+4915112345678") =>
        _harness.AddRequestAsync(campaignId, CallbackRequestStatus.Waiting, _harness.Time.GetUtcNow(), r =>
        {
            var waiting = r with { RemindAt = r.CreatedAt.AddMinutes(15) };
            return change?.Invoke(waiting) ?? waiting;
        }, phone: phone);
}
