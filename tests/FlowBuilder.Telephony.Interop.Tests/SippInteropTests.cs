using System.Globalization;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// Our SIP user agent over real UDP on loopback against the real SIPp (Debian package sip-tester).
/// Without sipp on PATH every test fails with an install hint; none is skipped.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class SippInteropTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SippCallsUs_ThreeCalls_EachAnsweredAndEndedBySippBye()
    {
        await using var us = new UdpUserAgent("flowbuilder");
        var answered = 0;
        var allAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new List<SipCallEndCause>();
        var allEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        us.Agent.IncomingCall += incoming => _ = AnswerAsync(incoming);
        us.Agent.CallEnded += (_, cause) =>
        {
            lock (ended)
            {
                ended.Add(cause);
                if (ended.Count == 3) allEnded.TrySetResult();
            }
        };

        await using var sipp = SippProcess.Start(
            "-sn", "uac", $"127.0.0.1:{us.Port.ToString(CultureInfo.InvariantCulture)}", "-s", "1000", "-m", "3", "-r", "10", "-timeout", "20s");
        var exitCode = await sipp.WaitForExitAsync(Budget);

        exitCode.ShouldBe(0, sipp.Diagnostics());
        await Task.WhenAll(allAnswered.Task, allEnded.Task).WaitAsync(TimeSpan.FromSeconds(5));
        Volatile.Read(ref answered).ShouldBe(3);
        lock (ended) ended.ShouldAllBe(cause => cause == SipCallEndCause.RemoteHangUp);
        us.Agent.Calls.ShouldBeEmpty();
        us.HandlerFailures.ShouldBeEmpty();

        async Task AnswerAsync(SipIncomingCall incoming)
        {
            incoming.Offer.ShouldNotBeNull();
            if (await incoming.AnswerAsync() is not null && Interlocked.Increment(ref answered) == 3) allAnswered.TrySetResult();
        }
    }

    [Fact]
    public async Task WeCallSipp_Answered_HangUpWithByeAndSippCountsOneSuccessfulCall()
    {
        await using var sipp = SippProcess.Start("-sn", "uas", "-m", "1", "-timeout", "20s");
        await using var us = new UdpUserAgent("alice");

        var result = await us.Agent.CallAsync(ServiceAt(sipp)).WaitAsync(Budget);

        result.Outcome.ShouldBe(SipCallOutcome.Answered, sipp.Diagnostics());
        result.StatusCode.ShouldBe(200);
        var call = result.Call.ShouldNotBeNull();
        call.Audio.ShouldNotBeNull().RemoteRtp.ShouldNotBeNull();
        await call.HangUpAsync().WaitAsync(Budget);
        (await sipp.WaitForExitAsync(Budget)).ShouldBe(0, sipp.Diagnostics());
        call.IsEnded.ShouldBeTrue();
        us.Agent.Calls.ShouldBeEmpty();
        us.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task WeCallSipp_BusyHere_OutcomeIsBusyAndSippGetsTheAck()
    {
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uas-busy.xml"), "-m", "1", "-timeout", "20s");
        await using var us = new UdpUserAgent("alice");

        var result = await us.Agent.CallAsync(ServiceAt(sipp)).WaitAsync(Budget);

        result.Outcome.ShouldBe(SipCallOutcome.Busy, sipp.Diagnostics());
        result.StatusCode.ShouldBe(486);
        result.Call.ShouldBeNull();
        (await sipp.WaitForExitAsync(Budget)).ShouldBe(0, sipp.Diagnostics());
        us.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task WeCallSipp_DigestChallenge_RetriesWithAuthorizationAndIsAnswered()
    {
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uas-digest.xml"), "-m", "1", "-timeout", "20s");
        await using var us = new UdpUserAgent("alice", o => o with { Username = "alice", Password = "secret" });

        var result = await us.Agent.CallAsync(ServiceAt(sipp)).WaitAsync(Budget);

        result.Outcome.ShouldBe(SipCallOutcome.Answered, sipp.Diagnostics());
        var call = result.Call.ShouldNotBeNull();
        await call.HangUpAsync().WaitAsync(Budget);
        (await sipp.WaitForExitAsync(Budget)).ShouldBe(0, sipp.Diagnostics());
        us.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task WeRegisterAtSipp_DigestChallenge_AnsweredAndBindingGranted()
    {
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uas-register-digest.xml"), "-m", "1", "-timeout", "20s");
        await using var us = new UdpUserAgent("alice", o => o with { Username = "alice", Password = "secret" });
        var registration = new SipRegistration(us.Agent, SipUri.Parse($"sip:127.0.0.1:{sipp.Port.ToString(CultureInfo.InvariantCulture)}"), TimeSpan.FromSeconds(300));

        var registered = await registration.RegisterAsync().WaitAsync(Budget);

        registered.ShouldBeTrue(sipp.Diagnostics());
        registration.IsRegistered.ShouldBeTrue();
        registration.ExpiresAt.ShouldNotBeNull();
        (await sipp.WaitForExitAsync(Budget)).ShouldBe(0, sipp.Diagnostics());
        us.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task WeRegisterAtSipp_WrongPassword_RefusedWith403()
    {
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uas-register-digest.xml"), "-m", "1", "-timeout", "20s");
        await using var us = new UdpUserAgent("alice", o => o with { Username = "alice", Password = "wrong" });
        var registration = new SipRegistration(us.Agent, SipUri.Parse($"sip:127.0.0.1:{sipp.Port.ToString(CultureInfo.InvariantCulture)}"), TimeSpan.FromSeconds(300));
        int? refusedWith = null;
        registration.Failed += (_, status) => refusedWith = status;

        var registered = await registration.RegisterAsync().WaitAsync(Budget);

        registered.ShouldBeFalse();
        refusedWith.ShouldBe(403);
        registration.IsRegistered.ShouldBeFalse();
        await sipp.WaitForExitAsync(Budget);
        us.HandlerFailures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Sipp_StillInACallAtDispose_IsStoppedByItsPid()
    {
        await using var sipp = SippProcess.Start("-sn", "uas");
        await using var us = new UdpUserAgent("alice");
        (await us.Agent.CallAsync(ServiceAt(sipp)).WaitAsync(Budget)).Outcome.ShouldBe(SipCallOutcome.Answered);
        sipp.HasExited.ShouldBeFalse();

        await sipp.DisposeAsync();

        sipp.HasExited.ShouldBeTrue();
    }

    private static SipUri ServiceAt(SippProcess sipp) => SipUri.Parse($"sip:service@127.0.0.1:{sipp.Port.ToString(CultureInfo.InvariantCulture)}");
}

/// <summary>The SIPp tests run one at a time: each sipp is a separate process on the same two cores.</summary>
[CollectionDefinition(Name)]
public sealed class SippCollection
{
    public const string Name = "sipp";
}
