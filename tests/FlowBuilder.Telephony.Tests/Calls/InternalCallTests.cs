using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Registrar;
using FlowBuilder.Telephony.Sip.UserAgent;
using FlowBuilder.Telephony.Tests.Fakes;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>Calls from and to extensions: the harness's phone is extension 102 calling; "desk" is extension 101.</summary>
public sealed class InternalCallTests
{
    private static readonly TimeSpan Step = SipChannelHarness.Step;

    [Fact]
    public async Task ExtensionCallsExtension_AuthenticatesThe407AndTheHandlerDialsAndAnswers()
    {
        var setup = new CallCentreSetup();
        var handler = new DialExtensionHandler();
        setup.Handler = handler;
        await using var h = await SipChannelHarness.StartAsync(callCentre: setup);
        await using var desk = new TestPhone("desk", new FakeTimeProvider());
        (await ExtensionDialTests.RegisterAsync(h, desk, "101", "s3cret")).ShouldBeTrue();
        var answering = AnswerNextAsync(desk);

        var result = await h.Phone.Agent.CallAsync(h.Number("101"), From("102", "pa55")).WaitAsync(Step);

        result.Outcome.ShouldBe(SipCallOutcome.Answered);
        var (target, dial) = await handler.Handled.Task.WaitAsync(Step);
        (target.Kind, target.Value, target.Extension!.DisplayName).ShouldBe((CallTargetKind.Extension, "101", "Alice"));
        dial!.Status.ShouldBe(DialStatus.Answered);
        (await answering.WaitAsync(Step)).Invite.From!.Uri.User.ShouldBe("102");
        await h.Control.HangUpAsync(dial.Call!.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);
        await result.Call!.HangUpAsync().WaitAsync(Step);
    }

    [Fact]
    public async Task CallToExtension_NoCredentials_Refused407()
    {
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup { Handler = new DialExtensionHandler() });

        var result = await h.Phone.Agent.CallAsync(h.Number("101"), new SipDialOptions { From = new SipNameAddress(SipUri.Parse("sip:5550100@127.0.0.1")) }).WaitAsync(Step);

        (result.Outcome, result.StatusCode).ShouldBe((SipCallOutcome.Failed, 407));
    }

    [Fact]
    public async Task CallFromExtension_WrongPassword_403AndBlockedAfterRepeatedAttempts()
    {
        await using var h = await SipChannelHarness.StartAsync(
            o => o.Registrar.MaxFailedAttempts = 3, callCentre: new CallCentreSetup { Handler = new DialExtensionHandler() });
        for (var i = 0; i < 3; i++)
        {
            var wrong = await h.Phone.Agent.CallAsync(h.Number("100"), From("102", "guess")).WaitAsync(Step);
            (wrong.Outcome, wrong.StatusCode).ShouldBe((SipCallOutcome.Failed, 403));
        }

        var result = await h.Phone.Agent.CallAsync(h.Number("100"), From("102", "pa55")).WaitAsync(Step);

        (result.Outcome, result.StatusCode).ShouldBe((SipCallOutcome.Failed, 403));
        h.Router.Started.Task.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public async Task ExtensionCallsADid_AuthenticatedThenTheFlowTakesIt()
    {
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup());
        h.Router.Script = async (calls, call) => await calls.AnswerAsync(call.Id, CancellationToken.None);

        var result = await h.Phone.Agent.CallAsync(h.Number("100"), From("102", "pa55")).WaitAsync(Step);

        result.Outcome.ShouldBe(SipCallOutcome.Answered);
        await h.Router.Started.Task.WaitAsync(Step);
    }

    [Fact]
    public async Task CallToGroupNumber_HandlerGetsTheGroup()
    {
        var handler = new DialExtensionHandler();
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup { Handler = handler });

        _ = h.Phone.Agent.CallAsync(h.Number("600"), From("102", "pa55"));

        var (target, _) = await handler.Handled.Task.WaitAsync(Step);
        (target.Kind, target.Value, target.Group!.Members.Count).ShouldBe((CallTargetKind.Group, "sales", 2));
    }

    [Fact]
    public async Task ExtensionCallsAnotherCompanysExtension_404()
    {
        await using var h = await SipChannelHarness.StartAsync(callCentre: new CallCentreSetup { Handler = new DialExtensionHandler() });

        var result = await h.Phone.Agent.CallAsync(h.Number("201"), From("102", "pa55")).WaitAsync(Step);

        (result.Outcome, result.StatusCode).ShouldBe((SipCallOutcome.Failed, 404));
    }

    [Fact]
    public async Task ExtensionDialsAnOutsideNumber_GoesOutOnTheTrunkWithTheExtensionAsCallerId()
    {
        var handler = new DialExtensionHandler();
        await using var carrier = new TestPhone("carrier", new FakeTimeProvider());
        await using var h = await SipChannelHarness.StartAsync(
            o =>
            {
                o.Trunks.Add(new Hosting.SipTrunkOptions { Name = "carrier", Host = "127.0.0.1", Port = carrier.Port, CallerId = "999" });
                o.DefaultTrunk = "carrier";
            },
            callCentre: new CallCentreSetup { Handler = handler });
        var answering = AnswerNextAsync(carrier);

        var result = await h.Phone.Agent.CallAsync(h.Number("5550100"), From("102", "pa55")).WaitAsync(Step);

        result.Outcome.ShouldBe(SipCallOutcome.Answered);
        var (target, dial) = await handler.Handled.Task.WaitAsync(Step);
        (target.Kind, target.Value).ShouldBe((CallTargetKind.Number, "5550100"));
        var invite = (await answering.WaitAsync(Step)).Invite;
        (invite.Uri.User, invite.From!.Uri.User).ShouldBe(("5550100", "102"));
        await h.Control.HangUpAsync(dial!.Call!.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);
        await result.Call!.HangUpAsync().WaitAsync(Step);
    }

    [Fact]
    public async Task RouterRefusesTheCaller_486AndABusyCdr()
    {
        await using var h = await SipChannelHarness.StartAsync();
        h.Router.RefuseWith = 486;

        var result = await h.Phone.Agent.CallAsync(h.Number("100")).WaitAsync(Step);

        (result.Outcome, result.StatusCode).ShouldBe((SipCallOutcome.Busy, 486));
        var cdr = await h.Recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause, cdr.SipStatus).ShouldBe((CallDisposition.Rejected, HangUpCause.Busy, 486));
    }

    private static SipDialOptions From(string number, string password) => new()
    {
        From = new SipNameAddress(SipUri.Parse($"sip:{number}@127.0.0.1")),
        Credentials = new DigestClient(number, password),
    };

    private static async Task<SipIncomingCall> AnswerNextAsync(TestPhone phone)
    {
        var incoming = await phone.Incoming.Task;
        await incoming.AnswerAsync();
        return incoming;
    }
}
