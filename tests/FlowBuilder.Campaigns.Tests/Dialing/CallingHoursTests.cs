using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Dialing;

public sealed class CallingHoursTests
{
    private static readonly NodaTime.DateTimeZone NewYork = CallingHours.FindZone("America/New_York")!;
    private static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    private static CallingSchedule Hours(int from, int to, DayOfWeek[]? days = null, DateTimeOffset? startAt = null, DateTimeOffset? endAt = null) =>
        new(startAt, endAt, new TimeOnly(from / 100, from % 100), new TimeOnly(to / 100, to % 100), days ?? EveryDay, "America/New_York");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void IsOpen_ReadsTheWindowInTheContactsZone()
    {
        var schedule = Hours(900, 2100);
        CallingHours.IsOpen(schedule, NewYork, Utc(1, 5, 13, 59)).ShouldBeFalse();     // 08:59 EST
        CallingHours.IsOpen(schedule, NewYork, Utc(1, 5, 14)).ShouldBeTrue();          // 09:00 EST
        CallingHours.IsOpen(schedule, NewYork, Utc(1, 6, 1, 59)).ShouldBeTrue();       // 20:59 EST
        CallingHours.IsOpen(schedule, NewYork, Utc(1, 6, 2)).ShouldBeFalse();          // 21:00 EST
        CallingHours.IsOpen(schedule, CallingHours.FindZone("Asia/Tokyo")!, Utc(1, 5, 2)).ShouldBeTrue();  // 11:00 JST
    }

    [Fact]
    public void NextOpen_SkipsDaysNotInTheSchedule()
    {
        var weekdays = Hours(900, 2100, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        // Friday 2026-01-09 21:30 EST → Monday 09:00 EST.
        CallingHours.NextOpen(weekdays, NewYork, Utc(1, 10, 2, 30)).ShouldBe(Utc(1, 12, 14));
        CallingHours.NextOpen(weekdays, NewYork, Utc(1, 12, 15)).ShouldBe(Utc(1, 12, 15));
    }

    [Fact]
    public void WindowOverMidnight_BelongsToTheDayItStarts()
    {
        var nights = Hours(2200, 600, [DayOfWeek.Friday]);
        CallingHours.IsOpen(nights, NewYork, Utc(1, 10, 4)).ShouldBeTrue();     // Friday night 23:00 EST
        CallingHours.IsOpen(nights, NewYork, Utc(1, 10, 10)).ShouldBeTrue();    // Saturday 05:00 EST, still Friday's window
        CallingHours.IsOpen(nights, NewYork, Utc(1, 11, 4)).ShouldBeFalse();    // Saturday 23:00 EST
        CallingHours.NextOpen(nights, NewYork, Utc(1, 10, 12)).ShouldBe(Utc(1, 17, 3));  // next Friday 22:00 EST
    }

    [Fact]
    public void DstGap_AWindowStartingInTheSkippedHourOpensWhenTheGapEnds()
    {
        // 2026-03-08 02:00 EST jumps to 03:00 EDT: 02:30 does not exist that day.
        var early = Hours(230, 500);
        CallingHours.NextOpen(early, NewYork, Utc(3, 7, 5)).ShouldBe(Utc(3, 7, 7, 30));   // Saturday 02:30 EST
        CallingHours.NextOpen(early, NewYork, Utc(3, 8, 5)).ShouldBe(Utc(3, 8, 7));       // Sunday 03:00 EDT
        CallingHours.IsOpen(early, NewYork, Utc(3, 8, 8, 59)).ShouldBeTrue();              // 04:59 EDT
        CallingHours.IsOpen(early, NewYork, Utc(3, 8, 9)).ShouldBeFalse();                 // 05:00 EDT
    }

    [Fact]
    public void DstOverlap_ARepeatedHourOpensAtItsFirstOccurrence()
    {
        // 2026-11-01 02:00 EDT falls back to 01:00 EST: 01:30 happens twice.
        var early = Hours(130, 500);
        CallingHours.NextOpen(early, NewYork, Utc(11, 1, 4)).ShouldBe(Utc(11, 1, 5, 30));  // 01:30 EDT
    }

    [Fact]
    public void StartAndEnd_BoundEveryWindow()
    {
        var bounded = Hours(900, 2100, startAt: Utc(1, 7, 0), endAt: Utc(1, 8, 0));
        CallingHours.IsOpen(bounded, NewYork, Utc(1, 6, 15)).ShouldBeFalse();
        CallingHours.NextOpen(bounded, NewYork, Utc(1, 5, 15)).ShouldBe(Utc(1, 7, 0));     // the start, 19:00 EST
        CallingHours.NextOpen(bounded, NewYork, Utc(1, 7, 23)).ShouldBe(Utc(1, 7, 23));   // 18:00 EST, before the end
        CallingHours.IsOpen(bounded, NewYork, Utc(1, 8, 0)).ShouldBeFalse();
        CallingHours.NextOpen(bounded, NewYork, Utc(1, 8, 0)).ShouldBeNull();
    }
}
