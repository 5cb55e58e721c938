using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Messaging;

namespace FlowBuilder.Data.Tests.Messaging;

/// <summary>What every SMS message and opt-out store does.</summary>
public abstract class SmsStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, 250, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    protected ISmsMessageStore Messages { get; private set; } = null!;
    protected ISmsOptOutStore OptOuts { get; private set; } = null!;

    protected abstract Task<(ISmsMessageStore Messages, ISmsOptOutStore OptOuts)> CreateStoresAsync();

    public async Task InitializeAsync() => (Messages, OptOuts) = await CreateStoresAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static SmsMessage Message(string id, SmsStatus status = SmsStatus.Queued, string to = "447700900123", string company = "default",
        DateTimeOffset? createdAt = null, DateTimeOffset? nextAttemptAt = null, SmsDirection direction = SmsDirection.Outbound, params string[] parts) =>
        new(id, company, direction, "Acme", to, $"text of {id}", "gsm7", status, parts.Select(p => new SmsPart(p)).ToList(), null, 0, nextAttemptAt,
            null, null, createdAt ?? Start, createdAt ?? Start, [new SmsStatusChange(SmsStatus.Queued, createdAt ?? Start)]);

    [ContractFact]
    public async Task Message_UpdatedWithEveryField_ReadsBackEqual()
    {
        await Messages.AddAsync(Message("m1"), None);
        var updated = Message("m1", parts: ["n-1", "n-2"]).WithStatus(SmsStatus.Sent, Start.AddSeconds(2), "smpp") with
        {
            Parts = [new SmsPart("n-1", "delivered"), new SmsPart("n-2")],
            Error = "was retried",
            Attempts = 2,
            NextAttemptAt = Start.AddMinutes(1),
            InstanceId = "flow-1",
            NodeId = "sms",
            Encoding = "ucs2",
        };

        await Messages.UpdateAsync(updated, None);

        var stored = (await Messages.GetAsync("m1", None)).ShouldNotBeNull();
        stored.ShouldBe(updated with { Parts = stored.Parts, History = stored.History });
        stored.Parts.ShouldBe(updated.Parts);
        stored.History.ShouldBe(updated.History);
        (await Messages.GetAsync("nope", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task FindByPart_FindsTheMessageByAnyOfItsParts_AfterThePartsChange()
    {
        await Messages.AddAsync(Message("m1"), None);
        await Messages.UpdateAsync(Message("m1", SmsStatus.Sent, parts: ["a", "b"]), None);
        await Messages.AddAsync(Message("in", SmsStatus.Received, direction: SmsDirection.Inbound), None);

        (await Messages.FindByPartAsync("a", None))!.Id.ShouldBe("m1");
        (await Messages.FindByPartAsync("b", None))!.Id.ShouldBe("m1");
        await Messages.UpdateAsync(Message("m1", SmsStatus.Sent, parts: ["c"]), None);
        (await Messages.FindByPartAsync("a", None)).ShouldBeNull();
        (await Messages.FindByPartAsync("c", None))!.Id.ShouldBe("m1");
    }

    [ContractFact]
    public async Task FindLatestTo_IsTheNewestOutboundMessageToTheNumber()
    {
        await Messages.AddAsync(Message("old", company: "acme", createdAt: Start), None);
        await Messages.AddAsync(Message("new", company: "globex", createdAt: Start.AddMinutes(1)), None);
        await Messages.AddAsync(Message("reply", SmsStatus.Received, createdAt: Start.AddMinutes(2), direction: SmsDirection.Inbound), None);

        (await Messages.FindLatestToAsync("447700900123", None))!.CompanyId.ShouldBe("globex");
        (await Messages.FindLatestToAsync("15550100", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task ListPending_IsTheMostDueFirst_WithoutFinalMessages()
    {
        await Messages.AddAsync(Message("later", SmsStatus.Retrying, createdAt: Start, nextAttemptAt: Start.AddMinutes(5)), None);
        await Messages.AddAsync(Message("sooner", SmsStatus.Retrying, createdAt: Start.AddSeconds(1), nextAttemptAt: Start.AddMinutes(1)), None);
        await Messages.AddAsync(Message("queued", SmsStatus.Queued, createdAt: Start.AddSeconds(2)), None);
        await Messages.AddAsync(Message("sending", SmsStatus.Sending, createdAt: Start.AddSeconds(3)), None);
        await Messages.AddAsync(Message("sent", SmsStatus.Sent, createdAt: Start.AddSeconds(4)), None);
        await Messages.AddAsync(Message("failed", SmsStatus.Failed, createdAt: Start.AddSeconds(5)), None);

        (await Messages.ListPendingAsync(10, None)).Select(m => m.Id).ShouldBe(["queued", "sending", "sooner", "later"]);
        (await Messages.ListPendingAsync(1, None)).Select(m => m.Id).ShouldBe(["queued"]);
    }

    [ContractFact]
    public async Task List_FiltersAndPages_NewestFirst_WithinTheCompany()
    {
        for (var i = 0; i < 5; i++) await Messages.AddAsync(Message($"m{i}", i % 2 == 0 ? SmsStatus.Sent : SmsStatus.Failed, createdAt: Start.AddSeconds(i)), None);
        await Messages.AddAsync(Message("other", SmsStatus.Sent, to: "15550100", createdAt: Start.AddSeconds(10)), None);
        await Messages.AddAsync(Message("acme", SmsStatus.Sent, company: "acme", createdAt: Start.AddSeconds(11)), None);

        var sent = await Messages.ListAsync(new SmsMessageQuery("default", Status: SmsStatus.Sent, To: "+44 7700 900123"), None);
        sent.Items.Select(m => m.Id).ShouldBe(["m4", "m2", "m0"]);
        sent.Total.ShouldBe(3);
        var page = await Messages.ListAsync(new SmsMessageQuery("default", Offset: 1, Limit: 2), None);
        page.Total.ShouldBe(6);
        page.Items.Select(m => m.Id).ShouldBe(["m4", "m3"]);
        (await Messages.ListAsync(new SmsMessageQuery("default", Direction: SmsDirection.Inbound), None)).Total.ShouldBe(0);
    }

    [ContractFact]
    public async Task OptOuts_AreNormalisedAndPerCompany()
    {
        await OptOuts.SaveAsync(new SmsOptOut("default", "+44 7700-900123", Start, "STOP"), None);
        await OptOuts.SaveAsync(new SmsOptOut("default", "447700900123", Start.AddMinutes(1), "api"), None);
        await OptOuts.SaveAsync(new SmsOptOut("acme", "15550100", Start, "QUIT"), None);

        var entry = (await OptOuts.FindAsync("default", "+447700900123", None)).ShouldNotBeNull();
        entry.ShouldBe(new SmsOptOut("default", "447700900123", Start.AddMinutes(1), "api"));
        (await OptOuts.FindAsync("acme", "447700900123", None)).ShouldBeNull();
        (await OptOuts.ListAsync("default", None)).ShouldHaveSingleItem();
        (await OptOuts.DeleteAsync("default", "+44 7700 900123", None)).ShouldBeTrue();
        (await OptOuts.DeleteAsync("default", "447700900123", None)).ShouldBeFalse();
        (await OptOuts.ListAsync("default", None)).ShouldBeEmpty();
    }
}
