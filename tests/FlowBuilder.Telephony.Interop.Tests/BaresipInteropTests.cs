using System.Globalization;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// Our SIP user agent over real UDP on loopback against the real baresip softphone (Debian packages baresip,
/// baresip-core), driven over its ctrl_tcp interface. Signalling only: no audio is asserted.
/// Without baresip on PATH every test fails with an install hint; none is skipped.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class BaresipInteropTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task WeCallBaresip_AutoAnswered_WithG711Answer_HangUpClosesItsCall()
    {
        await using var baresip = await BaresipProcess.StartAsync(Step);
        await using var us = new UdpUserAgent("alice");

        var result = await us.Agent.CallAsync(SipUri.Parse(baresip.AccountUri)).WaitAsync(Step);

        result.Outcome.ShouldBe(SipCallOutcome.Answered, baresip.Diagnostics());
        result.StatusCode.ShouldBe(200);
        var call = result.Call.ShouldNotBeNull();
        var answer = call.RemoteSession.ShouldNotBeNull();
        answer.Media.ShouldNotBeEmpty();
        answer.ToString().ShouldMatch("(?m)^a=rtpmap:(0 PCMU|8 PCMA)/8000", answer.ToString());
        call.Audio.ShouldNotBeNull().Codec.EncodingName.ShouldBeOneOf("PCMU", "PCMA");
        await baresip.Control.WaitForEventAsync("CALL_ESTABLISHED", Step);

        await call.HangUpAsync().WaitAsync(Step);

        await baresip.Control.WaitForEventAsync("CALL_CLOSED", Step);
        call.IsEnded.ShouldBeTrue();
        us.Agent.Calls.ShouldBeEmpty();
        us.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task BaresipCallsUs_WeAnswer_EstablishedThenItsHangupEndsOurCall()
    {
        await using var us = new UdpUserAgent("flowbuilder");
        var incoming = new TaskCompletionSource<SipIncomingCall>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new TaskCompletionSource<SipCallEndCause>(TaskCreationOptions.RunContinuationsAsynchronously);
        us.Agent.IncomingCall += call => incoming.TrySetResult(call);
        us.Agent.CallEnded += (_, cause) => ended.TrySetResult(cause);
        await using var baresip = await BaresipProcess.StartAsync(Step);

        await baresip.Control.CommandAsync("dial", $"sip:flowbuilder@127.0.0.1:{us.Port.ToString(CultureInfo.InvariantCulture)}", Step);
        var offered = await incoming.Task.WaitAsync(Step);
        offered.Offer.ShouldNotBeNull().ToString().ShouldContain("PCMU");
        var call = (await offered.AnswerAsync().WaitAsync(Step)).ShouldNotBeNull(baresip.Diagnostics());
        call.LocalSession.Media.ShouldNotBeEmpty();
        call.Audio.ShouldNotBeNull().Codec.EncodingName.ShouldBe("PCMU");
        await baresip.Control.WaitForEventAsync("CALL_ESTABLISHED", Step);

        await baresip.Control.CommandAsync("hangup", null, Step);

        (await ended.Task.WaitAsync(Step)).ShouldBe(SipCallEndCause.RemoteHangUp);
        await baresip.Control.WaitForEventAsync("CALL_CLOSED", Step);
        call.IsEnded.ShouldBeTrue();
        us.Agent.Calls.ShouldBeEmpty();
        us.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Baresip_StillInACallAtDispose_IsStoppedByItsPid()
    {
        await using var baresip = await BaresipProcess.StartAsync(Step);
        await using var us = new UdpUserAgent("alice");
        (await us.Agent.CallAsync(SipUri.Parse(baresip.AccountUri)).WaitAsync(Step)).Outcome.ShouldBe(SipCallOutcome.Answered, baresip.Diagnostics());
        baresip.HasExited.ShouldBeFalse();

        await baresip.DisposeAsync();

        baresip.HasExited.ShouldBeTrue();
    }
}
