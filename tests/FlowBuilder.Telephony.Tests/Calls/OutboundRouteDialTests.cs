using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>Outbound routes: trunk "bad" (a second phone) is tried first, trunk "phone" (the harness's) second.</summary>
public sealed class OutboundRouteDialTests
{
    private static readonly TimeSpan Step = SipChannelHarness.Step;

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(408)]
    [InlineData(603)]
    public async Task Dial_FirstRouteTrunkFails_FailsOverAndTheCdrNamesTheTrunkUsed(int status)
    {
        await using var bad = new TestPhone("bad", new FakeTimeProvider());
        await using var h = await StartAsync(bad);
        _ = RejectNextAsync(bad, status);
        _ = AnswerNextAsync(h.Phone);

        var result = await h.Control.DialAsync(Dial("+4420123456"), CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Answered);
        var invite = (await h.Phone.Incoming.Task.WaitAsync(Step)).Invite;
        invite.Uri.User.ShouldBe("004420123456");
        invite.From!.Uri.User.ShouldBe("4420");
        await h.Control.HangUpAsync(result.Call!.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Trunk, cdr.To, cdr.Disposition).ShouldBe(("phone", "+4420123456", CallDisposition.Answered));
        h.AllRecords.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(486, DialStatus.Busy)]
    [InlineData(600, DialStatus.Busy)]
    [InlineData(404, DialStatus.Failed)]
    public async Task Dial_FirstRouteCalleeBusyOrUnknown_NoFailover(int status, DialStatus expected)
    {
        await using var bad = new TestPhone("bad", new FakeTimeProvider());
        await using var h = await StartAsync(bad);
        _ = RejectNextAsync(bad, status);

        var result = await h.Control.DialAsync(Dial("+4420123456"), CancellationToken.None).AsTask().WaitAsync(Step);

        (result.Status, result.StatusCode).ShouldBe((expected, status));
        h.Phone.Incoming.Task.IsCompleted.ShouldBeFalse();
        (await h.Recorded.Task.WaitAsync(Step)).Trunk.ShouldBe("bad");
    }

    [Fact]
    public async Task Dial_FirstRouteRingsPastTheTimeout_NoAnswerWithoutFailover()
    {
        await using var bad = new TestPhone("bad", new FakeTimeProvider());
        await using var h = await StartAsync(bad);
        var dialling = h.Control.DialAsync(Dial("+4420123456"), CancellationToken.None).AsTask();
        (await bad.Incoming.Task.WaitAsync(Step)).Ring().ShouldBeTrue();

        h.Time.Advance(TimeSpan.FromSeconds(30));

        (await dialling.WaitAsync(Step)).Status.ShouldBe(DialStatus.NoAnswer);
        h.Phone.Incoming.Task.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task Dial_NumberNoRouteMatches_FailedNamingTheRoutes()
    {
        await using var bad = new TestPhone("bad", new FakeTimeProvider());
        await using var h = await StartAsync(bad, defaultRoute: false);

        var result = await h.Control.DialAsync(Dial("5551234"), CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldContain("FlowBuilder:Sip:Routes");
    }

    [Fact]
    public async Task Dial_NamedTrunk_IgnoresTheRoutes()
    {
        await using var bad = new TestPhone("bad", new FakeTimeProvider());
        await using var h = await StartAsync(bad);
        _ = AnswerNextAsync(h.Phone);

        var result = await h.Control.DialAsync(Dial("+4420123456") with { Trunk = "phone" }, CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Answered);
        (await h.Phone.Incoming.Task.WaitAsync(Step)).Invite.Uri.User.ShouldBe("+4420123456");
        bad.Incoming.Task.IsCompleted.ShouldBeFalse();
        await h.Control.HangUpAsync(result.Call!.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);
    }

    private static Task<SipChannelHarness> StartAsync(TestPhone bad, bool defaultRoute = true) => SipChannelHarness.StartAsync(o =>
    {
        o.Trunks.Add(new SipTrunkOptions { Name = "bad", Host = "127.0.0.1", Port = bad.Port, CallerId = "999" });
        o.Routes.Add(new SipOutboundRouteOptions { Name = "uk-backup", Prefix = "+44", Trunk = "phone", Priority = 5, StripDigits = 1, Prepend = "00" });
        o.Routes.Add(new SipOutboundRouteOptions { Name = "uk", Prefix = "+44", Trunk = "bad", Priority = 1 });
        if (defaultRoute) o.Routes.Add(new SipOutboundRouteOptions { Name = "default", Prefix = "", Trunk = "bad" });
    });

    private static DialRequest Dial(string to) => new(to, null, null, TimeSpan.FromSeconds(30));

    private static async Task AnswerNextAsync(TestPhone phone) => await (await phone.Incoming.Task).AnswerAsync();

    private static async Task RejectNextAsync(TestPhone phone, int status) => (await phone.Incoming.Task).Reject(status);
}
