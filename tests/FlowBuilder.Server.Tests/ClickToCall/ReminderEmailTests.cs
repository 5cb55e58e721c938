using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Testing.Email;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Server.Tests.ClickToCall.ClickToCallSteps;

namespace FlowBuilder.Server.Tests.ClickToCall;

/// <summary>Item 7 in the real host: the reminder service, the SQL stores and the SMTP sender against Postfix's smtp-sink.
/// Each clock step past the poll interval runs exactly one reminder pass; the pass has finished when the service arms its
/// next wait (<see cref="ReminderEmailApiFactory.PollSeconds"/>), so "no e-mail" is checked after a pass, never after a sleep.</summary>
public sealed class ReminderEmailTests : IAsyncLifetime
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);
    private SmtpSink _sink = null!;
    private ReminderEmailApiFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _sink = await SmtpSink.StartAsync();
        _factory = new ReminderEmailApiFactory(_sink.Port);
        _client = _factory.CreateClient();
        await PassFinishedAsync(); // the pass the service makes when it starts
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task WaitingRequest_EmailsTheCompanyOnceAfterTheCampaignTimeout_ACompletedOneNever()
    {
        await CompanyTariffAsync(_client);
        var campaign = await CampaignAsync(_client, body =>
        {
            body["name"] = "Winter sale";
            body["reminderMinutes"] = 15;
        });
        var phone = NewPhone();
        var waiting = (await (await SubmitAsync(_client, campaign.Text("key"), phone, peer: NewPeer())).ShouldBeJsonAsync(System.Net.HttpStatusCode.Accepted)).Text("id");
        var completed = await CallbackRequestSeed.FinishedAsync(_factory, campaign.Text("id"), CallbackRequestStatus.Completed);
        var store = _factory.Services.GetRequiredService<ICallbackRequestStore>();
        var posted = _factory.Clock.GetUtcNow();

        await AdvanceOnePassAsync(TimeSpan.FromMinutes(14));
        _sink.DumpedCount.ShouldBe(0, "the request has waited 14 of the campaign's 15 minutes, and the completed one is done");
        (await store.GetAsync("default", waiting, CancellationToken.None))!.RemindedAt.ShouldBeNull();

        await AdvanceOnePassAsync(TimeSpan.FromMinutes(2));
        var message = (await _sink.MessagesAsync(1)).ShouldHaveSingleItem();
        message.MailFrom.ShouldBe(ReminderEmailApiFactory.From);
        message.RcptTo.ShouldBe(["office@acme.example"]);
        message.Header("Subject").ShouldBe($"Callback request waiting: {phone} (Winter sale)");
        var request = (await store.GetAsync("default", waiting, CancellationToken.None))!;
        message.Body.ShouldContain($"Number:     {phone}");
        message.Body.ShouldContain($"Direction:  {request.Direction.Label}");
        message.Body.ShouldContain("Campaign:   Winter sale");
        message.Body.ShouldContain("waiting longer than 15 minutes");
        message.Body.ShouldContain($"Open the request: https://flows.acme.example/click-to-call/requests/{waiting}");
        message.Body.ShouldNotContain(completed.Id);
        request.RemindedAt.ShouldBe(posted + TimeSpan.FromMinutes(16));

        await AdvanceOnePassAsync(TimeSpan.FromMinutes(5));
        await AdvanceOnePassAsync(TimeSpan.FromHours(1));
        _sink.DumpedCount.ShouldBe(1, "a request is reminded once, and the completed one never");
        (await store.GetAsync("default", completed.Id, CancellationToken.None))!.RemindedAt.ShouldBeNull();
    }

    /// <summary>Moves the clock past the poll interval (one pass runs: the wait fires once however far the clock moves) and
    /// returns when that pass has finished.</summary>
    private async Task AdvanceOnePassAsync(TimeSpan by)
    {
        by.ShouldBeGreaterThanOrEqualTo(ReminderEmailApiFactory.PollSeconds);
        var finished = PassFinishedAsync();
        _factory.Clock.Advance(by);
        await finished;
    }

    private Task PassFinishedAsync() => _factory.Clock.WhenTimerArmedAsync(ReminderEmailApiFactory.PollSeconds, CancellationToken.None).WaitAsync(Within);
}
