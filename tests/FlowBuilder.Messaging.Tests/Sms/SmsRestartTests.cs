using FlowBuilder.Engine.Messaging;
using FlowBuilder.Messaging.Transport;

namespace FlowBuilder.Messaging.Tests.Sms;

/// <summary>The service over a SQLite file, stopped and started again like a server restart.</summary>
public sealed class SmsRestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "flowbuilder-sms-tests", Guid.NewGuid().ToString("N"));

    public SmsRestartTests() => Directory.CreateDirectory(_folder);

    private string Database => Path.Combine(_folder, "flowbuilder.db");

    [Fact]
    public async Task Restart_PicksUpRetryingAndUnsentMessages_FromTheDatabase()
    {
        var clock = new FakeTimeProvider();
        string retryingId;
        var unsent = new SmsMessage("sms_left-queued", "default", SmsDirection.Outbound, "FlowBuilder", "447700900555", "left behind", "gsm7", SmsStatus.Sending,
            [], null, 1, null, null, null, clock.GetUtcNow(), clock.GetUtcNow(), [new SmsStatusChange(SmsStatus.Queued, clock.GetUtcNow())]);
        var down = new FakeSmsTransport();
        down.ThenUnavailable("SMSC down");
        await using (var before = await new SmsHarness(down, Database, clock).StartAsync())
        {
            var result = await before.SendAsync("+447700900123", "survives restarts");
            result.Status.ShouldBe(SmsStatus.Retrying);
            retryingId = result.MessageId;
            // As a crash in the middle of a hand-over leaves it.
            await before.Messages.AddAsync(unsent, default);
        }

        var up = new FakeSmsTransport();
        await using var after = await new SmsHarness(up, Database, clock).StartAsync();

        var handedOver = await after.WaitForAsync(unsent.Id, SmsStatus.Sent);
        handedOver.Attempts.ShouldBe(2);
        (await after.Messages.GetAsync(retryingId, default))!.Status.ShouldBe(SmsStatus.Retrying);
        clock.Advance(TimeSpan.FromSeconds(30));
        var sent = await after.WaitForAsync(retryingId, SmsStatus.Sent);
        sent.Attempts.ShouldBe(2);
        sent.History.Select(h => h.Status).ShouldBe([SmsStatus.Queued, SmsStatus.Sending, SmsStatus.Retrying, SmsStatus.Sending, SmsStatus.Sent]);
        up.Submitted.Select(s => s.Text).ShouldBe(["left behind", "survives restarts"]);
    }

    [Fact]
    public async Task SqliteStore_FindsMessagesByEachPart_AndKeepsOptOutsNormalised()
    {
        var transport = new FakeSmsTransport();
        transport.Then(_ => SmsSubmitResult.Accepted(["a-1", "a-2"]));
        await using var sms = await new SmsHarness(transport, Database).StartAsync();

        var result = await sms.SendAsync("+44 7700 900123", new string('y', 300));
        await transport.ReceiptAsync("a-2", SmsDeliveryState.Delivered);
        await transport.ReceiptAsync("a-1", SmsDeliveryState.Delivered);
        (await sms.WaitForAsync(result.MessageId, SmsStatus.Delivered)).Parts.Select(p => p.State).ShouldBe(["delivered", "delivered"]);

        await transport.InboundAsync("+1 (555) 010-9999", "FlowBuilder", "STOP");
        (await sms.OptOuts.ListAsync("default", default)).Select(o => o.Number).ShouldBe(["15550109999"]);
        (await sms.SendAsync("15550109999", "no")).Status.ShouldBe(SmsStatus.OptedOut);

        var page = await sms.Messages.ListAsync(new SmsMessageQuery("default", To: "+447700900123"), default);
        page.Total.ShouldBe(1);
        page.Items.Single().Id.ShouldBe(result.MessageId);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file; the OS cleans the temp folder.
        }
    }
}
