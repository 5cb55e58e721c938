using FlowBuilder.Activities.Http;
using FlowBuilder.Engine.Http;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Activities.Tests.Http;

/// <summary>The outbound client on its own: retry pauses (Retry-After, bounded), per-attempt timeouts, on a fake clock.</summary>
public sealed class HttpRequesterTests : IAsyncLifetime
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private readonly TimerWatchingClock _clock = new(new FakeTimeProvider());
    private LoopbackReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await LoopbackReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task RetryAfterInSeconds_IsTheRetryPause()
    {
        using var requester = Requester(new HttpRequesterOptions { RetryDelay = TimeSpan.FromMilliseconds(200) });
        _receiver.Reply(new ScriptedReply(503) { Headers = new Dictionary<string, string> { ["Retry-After"] = "3" } }, ScriptedReply.Json(200, "{}"));

        var sending = requester.SendAsync(Get("/busy"), CancellationToken.None);

        (await _clock.NextTimerAsync(IsPause)).ShouldBe(TimeSpan.FromSeconds(3));
        _receiver.Received.Count.ShouldBe(1);
        _clock.Inner.Advance(TimeSpan.FromSeconds(3));
        var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));
        response.StatusCode.ShouldBe(200);
        response.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task RetryAfterLongerThanTheBound_IsCut()
    {
        using var requester = Requester(new HttpRequesterOptions { MaxRetryAfter = TimeSpan.FromSeconds(5) });
        _receiver.Reply(new ScriptedReply(429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "3600" } }, ScriptedReply.Json(200, "{}"));

        var sending = requester.SendAsync(Get("/limited"), CancellationToken.None);

        (await _clock.NextTimerAsync(IsPause)).ShouldBe(TimeSpan.FromSeconds(5));
        _clock.Inner.Advance(TimeSpan.FromSeconds(5));
        (await sending.WaitAsync(TimeSpan.FromSeconds(10))).Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task WithoutRetryAfter_ThePauseIsTheBackoff_WithinItsBounds()
    {
        using var requester = Requester(new HttpRequesterOptions { RetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(4) });
        _receiver.Reply(new ScriptedReply(500), ScriptedReply.Json(200, "{}"));

        var sending = requester.SendAsync(Get("/flaky"), CancellationToken.None);

        var pause = await _clock.NextTimerAsync(IsPause);
        pause.ShouldBeGreaterThan(TimeSpan.Zero);
        pause.ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(4));
        _clock.Inner.Advance(pause);
        (await sending.WaitAsync(TimeSpan.FromSeconds(10))).Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task SlowFirstAttempt_TimesOutAlone_AndAnIdempotentRequestIsTriedAgain()
    {
        using var requester = Requester(new HttpRequesterOptions { RetryDelay = TimeSpan.Zero });
        var never = new TaskCompletionSource();
        _receiver.Reply(new ScriptedReply(200) { Hold = never.Task }, ScriptedReply.Json(200, """{"second":true}"""));

        var sending = requester.SendAsync(Get("/slow"), CancellationToken.None);
        await _receiver.NextAsync();
        _clock.Inner.Advance(AttemptTimeout);

        var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));
        response.Body.ShouldBe("""{"second":true}""");
        response.Attempts.ShouldBe(2);
    }

    [Fact]
    public async Task PostTimingOut_IsNotRetried_AndThrowsTimeoutException()
    {
        using var requester = Requester(new HttpRequesterOptions { RetryDelay = TimeSpan.Zero });
        var never = new TaskCompletionSource();
        _receiver.Reply(new ScriptedReply(200) { Hold = never.Task });

        var sending = requester.SendAsync(new OutboundHttpRequest("POST", new Uri(_receiver.Url("/slow"))) { Timeout = AttemptTimeout, MaxRetries = 3, Body = "{}"u8.ToArray(), ContentType = "application/json" }, CancellationToken.None);
        await _receiver.NextAsync();
        _clock.Inner.Advance(AttemptTimeout);

        var error = await Should.ThrowAsync<TimeoutException>(sending.WaitAsync(TimeSpan.FromSeconds(10)));
        HttpRequestAttempts.Of(error).ShouldBe(1);
        _receiver.Received.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("7", 7)]
    [InlineData("Mon, 05 Jan 2026 09:00:04 GMT", 4)]
    [InlineData("Mon, 05 Jan 2026 08:00:00 GMT", 0)]
    [InlineData("999999", 30)]
    public void RetryAfter_ReadsSecondsAndDates_AndIsBounded(string header, int seconds)
    {
        var response = new OutboundHttpResponse(503, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["retry-after"] = header }, "", null, 1, TimeSpan.Zero);

        HttpRequester.RetryAfter(response, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(30)).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void RetryAfter_Unreadable_LeavesTheBackoffToDecide()
    {
        var response = new OutboundHttpResponse(503, new Dictionary<string, string> { ["Retry-After"] = "soon" }, "", null, 1, TimeSpan.Zero);

        HttpRequester.RetryAfter(response, DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(30)).ShouldBeNull();
    }

    private HttpRequester Requester(HttpRequesterOptions options) => new(Options.Create(options), _clock);

    private OutboundHttpRequest Get(string path) => new("GET", new Uri(_receiver.Url(path))) { Timeout = AttemptTimeout, MaxRetries = 2 };

    // The per-attempt timeout's own timer is not a pause between attempts.
    private static bool IsPause(TimeSpan due) => due != AttemptTimeout && due != Timeout.InfiniteTimeSpan;
}
