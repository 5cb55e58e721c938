using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>Calling hours in each contact's own zone, the do-not-call list and the blacklist, checked on every claim.</summary>
public sealed class CampaignScreeningTests : IAsyncLifetime
{
    private const string London = "+442071234567";
    private const string NewYork = "+12125551234";
    private readonly DialerHarness _dialer = new();
    private readonly List<(string To, DateTimeOffset At)> _dialled = [];

    public async Task InitializeAsync()
    {
        _dialer.Contacts.AddGroup(DialerHarness.Group, defaultTimeZone: "Europe/London");
        _dialer.Simulator.Event += e =>
        {
            if (e.Kind == SimulatedCallEventKind.Dialling) lock (_dialled) _dialled.Add((e.Text!, e.At));
        };
        await _dialer.StartAsync();
    }

    public async Task DisposeAsync() => await _dialer.DisposeAsync();

    private IReadOnlyList<(string To, DateTimeOffset At)> Dialled()
    {
        lock (_dialled) return _dialled.ToList();
    }

    [Fact]
    public async Task CallingHours_AreReadInEachContactsZone_TheNewYorkContactWaitsForNineThere()
    {
        _dialer.Contacts.AddContact(DialerHarness.Group, London, "Londoner");                          // the group's zone
        _dialer.Contacts.AddContact(DialerHarness.Group, NewYork, "New Yorker", timeZone: "America/New_York");
        var nineToNine = new CallingSchedule(null, null, new TimeOnly(9, 0), new TimeOnly(21, 0), Enum.GetValues<DayOfWeek>(), "UTC");
        await _dialer.AddCampaignAsync("hours", schedule: nineToNine);
        var monday9Utc = _dialer.Clock.GetUtcNow();

        await _dialer.StartCampaignAsync("hours");
        await _dialer.IdleAsync("hours");

        Dialled().ShouldBe([(London, monday9Utc)]);
        var waiting = await _dialer.EntryAsync("hours", NewYork);
        (waiting.State, waiting.Attempts, waiting.Reason).ShouldBe((CampaignContactState.Waiting, 0, "outside-hours"));
        waiting.NextAttemptAt.ShouldBe(monday9Utc.AddHours(5));    // 09:00 EST = 14:00 UTC

        await _dialer.AdvanceAsync("hours", TimeSpan.FromHours(5) - TimeSpan.FromMinutes(1));
        Dialled().Count.ShouldBe(1);
        await _dialer.AdvanceAsync("hours", TimeSpan.FromMinutes(1));
        Dialled().ShouldBe([(London, monday9Utc), (NewYork, monday9Utc.AddHours(5))]);
        (await _dialer.CampaignAsync("hours")).Status.ShouldBe(CampaignStatus.Completed);
    }

    [Fact]
    public async Task ARetryThatFallsAfterHours_WaitsForTheNextMorning()
    {
        _dialer.Contacts.AddContact(DialerHarness.Group, London, "Londoner");
        _dialer.Simulator.ScriptDial(London, DialStatus.Busy);
        var nineToTen = new CallingSchedule(null, null, new TimeOnly(9, 0), new TimeOnly(9, 5), Enum.GetValues<DayOfWeek>(), "UTC");
        await _dialer.AddCampaignAsync("late", schedule: nineToTen);
        var start = _dialer.Clock.GetUtcNow();

        await _dialer.StartCampaignAsync("late");
        await _dialer.IdleAsync("late");
        await _dialer.AdvanceAsync("late", TimeSpan.FromMinutes(10));   // the retry is due at 09:10, after the window

        var entry = await _dialer.EntryAsync("late", London);
        (entry.Attempts, entry.Reason, entry.NextAttemptAt).ShouldBe((1, "outside-hours", start.AddDays(1)));
        await _dialer.AdvanceAsync("late", TimeSpan.FromDays(1) - TimeSpan.FromMinutes(10));
        Dialled().Select(d => d.At).ShouldBe([start, start.AddDays(1)]);
    }

    [Fact]
    public async Task DoNotCallAndBlacklistedNumbers_AreSkippedWithTheReason_AndNeverDialled()
    {
        _dialer.Contacts.AddContacts(DialerHarness.Group, "+15553000001", "+15553000002", "+15553000003", "+15553000004");
        await _dialer.DoNotCall.AddAsync(DialerHarness.Company, "+15553000001", "api", CancellationToken.None);
        await _dialer.Callers.SaveAsync(new CallerListEntry(DialerHarness.Company, "+15553000002", CallerListKind.Blocked), CancellationToken.None);
        _dialer.Simulator.ScriptDial("+15553000003", DialStatus.Busy);
        await _dialer.AddCampaignAsync("screen");

        await _dialer.StartCampaignAsync("screen");
        await _dialer.IdleAsync("screen");
        // The busy contact asks not to be called before its retry.
        await _dialer.DoNotCall.AddAsync(DialerHarness.Company, "+15553000003", "operator", CancellationToken.None);
        await _dialer.AdvanceAsync("screen", TimeSpan.FromMinutes(10));

        var byPhone = (await _dialer.QueueAsync("screen")).ToDictionary(c => c.Phone);
        (byPhone["+15553000001"].State, byPhone["+15553000001"].Reason).ShouldBe((CampaignContactState.Skipped, "do-not-call"));
        (byPhone["+15553000002"].State, byPhone["+15553000002"].Reason).ShouldBe((CampaignContactState.Skipped, "blacklisted"));
        (byPhone["+15553000003"].State, byPhone["+15553000003"].Reason, byPhone["+15553000003"].Attempts).ShouldBe((CampaignContactState.Skipped, "do-not-call", 1));
        byPhone["+15553000004"].State.ShouldBe(CampaignContactState.Done);
        Dialled().Select(d => d.To).ShouldBe(["+15553000003", "+15553000004"], ignoreOrder: true);
        (await _dialer.CampaignAsync("screen")).Status.ShouldBe(CampaignStatus.Completed);
    }
}
