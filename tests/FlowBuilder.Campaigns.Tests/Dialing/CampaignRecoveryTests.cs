using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>A dialer that stops mid-campaign (calls ringing, a contact claimed) and a second one started over the same store:
/// the open attempts are finished as interrupted and retried per the policy, nothing is lost and nothing is dialled twice.</summary>
public sealed class CampaignRecoveryTests
{
    [Fact]
    public async Task Restart_FinishesOpenAttemptsAsInterrupted_AndEveryContactEndsWithinItsPolicy()
    {
        var contacts = new FakeContactStore();
        contacts.AddGroup(DialerHarness.Group);
        var phones = Enumerable.Range(0, 7).Select(i => $"+1555500000{i}").ToArray();
        contacts.AddContacts(DialerHarness.Group, phones);
        var store = new InMemoryCampaignStore(contacts);
        DateTimeOffset stoppedAt;

        await using (var first = new DialerHarness(contacts: contacts, store: store))
        {
            foreach (var phone in phones) first.Simulator.ScriptDial(phone, DialStatus.Answered, TimeSpan.FromSeconds(20));
            await first.StartAsync();
            await first.AddCampaignAsync("r", maxConcurrentCalls: 3);
            await first.StartCampaignAsync("r");
            await first.SettledAsync("r");
            // A pass was claiming when the process died.
            var now = first.Clock.GetUtcNow();
            (await store.ClaimDueAsync("r", now, 1, "node-1", now.AddMinutes(2), CancellationToken.None)).Count.ShouldBe(1);
            stoppedAt = now;
        }
        var before = await store.CountAsync("r", CancellationToken.None);
        (before.InProgress, before.Attempts).ShouldBe((3L, 3L));

        await using var second = new DialerHarness(clock: new FakeTimeProvider(stoppedAt.AddMinutes(1)), contacts: contacts, store: store);
        await second.StartAsync();
        await second.UntilAsync(async () => (await store.CountAsync("r", CancellationToken.None)).Interrupted == 3, "the open attempts are finished");
        await second.IdleAsync("r");
        await second.AdvanceAsync("r", TimeSpan.FromMinutes(5));     // interrupted ones are retried per the Failed rule

        var counts = await store.CountAsync("r", CancellationToken.None);
        var queue = await store.ListContactsAsync(new CampaignContactQuery("r", Limit: 100), CancellationToken.None);
        var attempts = await store.ListAttemptsAsync(new AttemptQuery("r", Limit: 100), CancellationToken.None);
        queue.Count.ShouldBe(7);
        queue.ShouldAllBe(c => c.State == CampaignContactState.Done && c.LastDisposition == AttemptDisposition.Answered);
        queue.ShouldAllBe(c => c.Attempts <= DialerHarness.Retry.MaxAttempts);
        queue.Count(c => c.Attempts == 2).ShouldBe(3);
        attempts.ShouldAllBe(a => a.Disposition != null);
        attempts.Count.ShouldBe(queue.Sum(c => c.Attempts));
        (counts.Attempts, counts.Interrupted, counts.Answered, counts.InProgress).ShouldBe((10L, 3L, 7L, 0L));
        foreach (var contact in queue)
            attempts.Where(a => a.ContactId == contact.ContactId).Select(a => a.Number).OrderBy(n => n).ShouldBe(Enumerable.Range(1, contact.Attempts));
        second.Store.DoubleDials.ShouldBeEmpty();
        (await second.CampaignAsync("r")).Status.ShouldBe(CampaignStatus.Completed);
    }
}
