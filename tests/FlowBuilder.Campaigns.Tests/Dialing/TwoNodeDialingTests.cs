using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>Two dialer nodes over one campaign store: claims are atomic, so each contact is dialled by one node, once.</summary>
public sealed class TwoNodeDialingTests
{
    [Fact]
    public async Task TwoNodes_ShareTheQueue_EveryContactIsDialledExactlyOnce()
    {
        var contacts = new FakeContactStore();
        contacts.AddGroup(DialerHarness.Group);
        var phones = Enumerable.Range(0, 30).Select(i => $"+155580000{i:D2}").ToArray();
        contacts.AddContacts(DialerHarness.Group, phones);
        var shared = new WatchedCampaignStore(new InMemoryCampaignStore(contacts));
        var clock = new FakeTimeProvider();
        await using var one = new DialerHarness(clock: clock, contacts: contacts, store: shared, node: "node-1");
        await using var two = new DialerHarness(clock: clock, contacts: contacts, store: shared, node: "node-2");
        await one.StartAsync();
        await two.StartAsync();
        await one.AddCampaignAsync("m", maxConcurrentCalls: 3);

        await one.StartCampaignAsync("m");
        two.Dialer.Activate(DialerHarness.Company, "m");
        await one.UntilAsync(async () => (await shared.CountAsync("m", CancellationToken.None)).Done == 30, "every contact is done");
        await one.IdleAsync("m");
        await two.IdleAsync("m");

        shared.DoubleDials.ShouldBeEmpty();
        var attempts = await shared.ListAttemptsAsync(new AttemptQuery("m", Limit: 100), CancellationToken.None);
        attempts.Count.ShouldBe(30);
        attempts.Select(a => a.ContactId).Distinct().Count().ShouldBe(30);
        attempts.ShouldAllBe(a => a.Disposition == AttemptDisposition.Answered && (a.Node == "node-1" || a.Node == "node-2"));
        shared.MaxInFlight.ShouldBeLessThanOrEqualTo(6);       // each node keeps the campaign's limit of its own calls
        (await shared.GetAsync(DialerHarness.Company, "m", CancellationToken.None))!.Status.ShouldBe(CampaignStatus.Completed);
    }
}
