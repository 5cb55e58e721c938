using System.Globalization;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Prompts;
using FlowBuilder.Telephony.Media.Tts;
using FlowBuilder.Telephony.Sip.Registrar;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// Call-centre telephony against real peers on loopback: baresip registers as extension 101 with digest auth and answers when
/// we dial the extension (and counts as a present campaign operator); SIPp guesses a password until blocked; SIPp trunks fail (503) and answer for route failover.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class CallCentreInteropTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task BaresipRegistersAsExtension101_WeDialTheExtensionAndBaresipAnswers()
    {
        await using var channel = await Channel.StartAsync();
        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        channel.Registrar.RegistrationsChanged += number =>
        {
            if (number == "101") registered.TrySetResult();
        };
        var account = $"<sip:101@127.0.0.1:{Text(channel.Port)}>;auth_user=101;auth_pass=s3cret;regint=600;answermode=auto;audio_codecs=pcmu";
        await using var baresip = await BaresipProcess.StartAsync(Step, account);
        await registered.Task.WaitAsync(Step);
        var contact = channel.Registrar.Contacts("101").ShouldHaveSingleItem(baresip.Diagnostics());
        contact.Source.Port.ShouldBe(baresip.SipPort);

        var result = await channel.Control.DialAsync(
            new DialRequest("101", "4420", null, TimeSpan.FromSeconds(10)) { TargetKind = DialTargetKind.Extension }, CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Answered, baresip.Diagnostics());
        await baresip.Control.WaitForEventAsync("CALL_ESTABLISHED", Step);
        await channel.Control.HangUpAsync(result.Call!.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);
        await baresip.Control.WaitForEventAsync("CALL_CLOSED", Step);
        var cdr = await channel.Recorded.Task.WaitAsync(Step);
        (cdr.To, cdr.Disposition).ShouldBe(("101", CallDisposition.Answered));
    }

    [Fact]
    public async Task BaresipRegistersAsOperator101_TheExtensionCountsAsPresent_AnUnregisteredOneDoesNot()
    {
        await using var channel = await Channel.StartAsync();
        var presence = new SipExtensionPresence(channel.Registrar);
        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        channel.Registrar.RegistrationsChanged += number =>
        {
            if (number == "101") registered.TrySetResult();
        };
        presence.IsRegistered("101").ShouldBeFalse();
        var account = $"<sip:101@127.0.0.1:{Text(channel.Port)}>;auth_user=101;auth_pass=s3cret;regint=600;answermode=auto;audio_codecs=pcmu";

        await using var baresip = await BaresipProcess.StartAsync(Step, account);
        await registered.Task.WaitAsync(Step);

        presence.IsRegistered("101").ShouldBeTrue(baresip.Diagnostics());
        presence.IsRegistered("102").ShouldBeFalse();
    }

    [Fact]
    public async Task SippGuessesTheExtensionsPassword_403ThenBlockedWithoutAChallenge()
    {
        await using var channel = await Channel.StartAsync(o => o.Registrar.MaxFailedAttempts = 3);
        var target = $"127.0.0.1:{Text(channel.Port)}";
        await using (var guesses = SippProcess.Start("-sf", SippProcess.Scenario("uac-register-wrong-password.xml"), target, "-m", "3", "-l", "1", "-timeout", "20s"))
        {
            (await guesses.WaitForExitAsync(Step)).ShouldBe(0, guesses.Diagnostics());
        }

        await using var blocked = SippProcess.Start("-sf", SippProcess.Scenario("uac-register-blocked.xml"), target, "-m", "1", "-timeout", "20s");

        (await blocked.WaitForExitAsync(Step)).ShouldBe(0, blocked.Diagnostics());
        channel.Registrar.Snapshot().ShouldBeEmpty();
    }

    [Fact]
    public async Task RouteFailover_FirstTrunkAnswers503_TheCallLandsOnTheSecondAndTheCdrNamesIt()
    {
        await using var failing = SippProcess.Start("-sf", SippProcess.Scenario("uas-unavailable.xml"), "-m", "1", "-timeout", "20s");
        await using var answering = SippProcess.Start("-sn", "uas", "-m", "1", "-timeout", "20s");
        await using var channel = await Channel.StartAsync(o =>
        {
            o.Trunks.Add(new SipTrunkOptions { Name = "primary", Host = "127.0.0.1", Port = failing.Port });
            o.Trunks.Add(new SipTrunkOptions { Name = "secondary", Host = "127.0.0.1", Port = answering.Port });
            o.Routes.Add(new SipOutboundRouteOptions { Name = "first", Prefix = "", Trunk = "primary", Priority = 1 });
            o.Routes.Add(new SipOutboundRouteOptions { Name = "second", Prefix = "", Trunk = "secondary", Priority = 2 });
        });

        var result = await channel.Control.DialAsync(new DialRequest("5550100", "4420", null, TimeSpan.FromSeconds(10)), CancellationToken.None).AsTask().WaitAsync(Step);

        result.Status.ShouldBe(DialStatus.Answered, failing.Diagnostics() + answering.Diagnostics());
        await channel.Control.HangUpAsync(result.Call!.Id, HangUpCause.Normal, CancellationToken.None).AsTask().WaitAsync(Step);
        var cdr = await channel.Recorded.Task.WaitAsync(Step);
        (cdr.Trunk, cdr.Disposition, cdr.To).ShouldBe(("secondary", CallDisposition.Answered, "5550100"));
        (await failing.WaitForExitAsync(Step)).ShouldBe(0, failing.Diagnostics());
        (await answering.WaitForExitAsync(Step)).ShouldBe(0, answering.Diagnostics());
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Our SIP channel on UDP 127.0.0.1 with a registrar for extension 101 ("s3cret") of acme; RTP 32200-32399.</summary>
    private sealed class Channel : IAsyncDisposable
    {
        private Channel(SipCallControl control, SipCallService service, SipRegistrar registrar)
        {
            Control = control;
            Service = service;
            Registrar = registrar;
            control.CallRecorded += record => Recorded.TrySetResult(record);
        }

        public SipCallControl Control { get; }

        public SipCallService Service { get; }

        public SipRegistrar Registrar { get; }

        public TaskCompletionSource<CallDetailRecord> Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Port => Service.LocalEndPoints[0].Port;

        public static async Task<Channel> StartAsync(Action<SipOptions>? configure = null)
        {
            var options = new SipOptions
            {
                Enabled = true,
                Listen = ["udp:127.0.0.1:0"],
                MediaAddress = "127.0.0.1",
                RtpPortRange = new RtpPortRangeOptions { First = 32200, Last = 32399 },
            };
            configure?.Invoke(options);
            var extensions = new ExtensionDirectory(new Extension("acme", "101", "Alice", "s3cret"));
            var registrar = new SipRegistrar(extensions, options);
            var cache = new PromptCache(1 << 20);
            var control = new SipCallControl(options, new InMemoryCallRecordStore(), new CallPromptRenderer(new TtsPromptSource(new EspeakTextToSpeech(), cache), cache, null, "en-us"))
            {
                Registrar = registrar,
            };
            var service = new SipCallService(control, new NoFlows(), extensions: extensions);
            await service.StartAsync(CancellationToken.None);
            return new Channel(control, service, registrar);
        }

        public async ValueTask DisposeAsync()
        {
            await Service.DisposeAsync();
            await Control.DisposeAsync();
            Registrar.Dispose();
        }
    }

    private sealed class NoFlows : IInboundCallRouter
    {
        public ValueTask<InboundCallRoute?> FindAsync(string dialledNumber, CancellationToken cancellationToken) => ValueTask.FromResult<InboundCallRoute?>(null);

        public ValueTask<string> StartAsync(InboundCallRoute route, ICallControl channel, CallInfo call, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No flows in this test.");
    }
}
