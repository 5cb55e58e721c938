using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Activities.Tests;

public sealed class BusinessHoursTests
{
    [Theory]
    [InlineData("2026-12-07T10:00:00Z", "open")] // Monday 11:00 in Paris
    [InlineData("2026-12-07T16:30:00Z", "closed")] // Monday 17:30 in Paris: closing time is not open
    [InlineData("2026-12-05T10:00:00Z", "closed")] // Saturday
    [InlineData("2026-12-25T10:00:00Z", "closed")] // Friday, a holiday
    public async Task BusinessHours_TakesOpenOrClosedByLocalTime(string utcNow, string expected)
    {
        var settled = await RunAsync(utcNow, new
        {
            hours = new[] { new { days = "mon-fri", from = "09:00", to = "17:30" } },
            timeZone = "Europe/Paris",
            holidays = new[] { "2026-12-25" },
        });
        settled.Result.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2026-12-07T23:00:00Z", "open")] // Monday 23:00, a night shift from Monday
    [InlineData("2026-12-08T05:59:00Z", "open")] // Tuesday 05:59, still Monday's shift
    [InlineData("2026-12-06T23:00:00Z", "closed")] // Sunday 23:00: no shift starts on Sunday
    public async Task BusinessHours_SpanPastMidnight_BelongsToTheDayItStarts(string utcNow, string expected)
    {
        var settled = await RunAsync(utcNow, new { hours = new[] { new { days = "mon-fri", from = "22:00", to = "06:00" } } });
        settled.Result.ShouldBe(expected);
    }

    [Fact]
    public async Task BusinessHours_UnknownTimeZone_FaultsNamingIt()
    {
        var settled = await RunAsync("2026-12-07T10:00:00Z", new { hours = new[] { new { days = "mon", from = "09:00", to = "17:00" } }, timeZone = "Mars/Olympus" });
        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultMessage.ShouldNotBeNull().ShouldContain("Mars/Olympus");
    }

    [Fact]
    public async Task BusinessHours_BadTime_FaultsNamingTheRow()
    {
        var settled = await RunAsync("2026-12-07T10:00:00Z", new { hours = new[] { new { days = "mon", from = "9am", to = "17:00" } } });
        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultMessage.ShouldNotBeNull().ShouldContain("hours[0].from");
    }

    private static async Task<InstanceSettled> RunAsync(string utcNow, object inputs)
    {
        await using var host = new TestEngine(clock: new FakeTimeProvider(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture)));
        var plan = host.Compile(Flow("hours",
            [Node("check", "control.business-hours", inputs), Node("open", "control.end", new { result = "open" }), Node("closed", "control.end", new { result = "closed" })],
            [Edge("check", "open", "open"), Edge("check", "closed", "closed")]));
        return await host.RunAsync(plan);
    }
}
