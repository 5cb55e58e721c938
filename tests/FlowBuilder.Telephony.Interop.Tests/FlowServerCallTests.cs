using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Media.Audio;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// The whole product on real calls: the FlowBuilder server (SIP on, SQLite, published flows) called by SIPp and
/// baresip, and calling them through <c>POST /api/calls</c>. Each test asserts what the flow did (journal), what
/// crossed the wire (RTP counters, SIPp's verdict, baresip's recording) and the CDR.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class FlowServerCallTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SippCallsTheIvrTemplate_HearsThePrompt_Presses2AsRfc4733_TheSupportBranchIsTakenAndTheFlowHangsUp()
    {
        await using var server = await FlowServer.StartAsync(FlowServer.RtpPorts(33000));
        await server.PublishAsync(FlowServer.Flow("ivr-menu.flow.json"));
        var control = server.Services.GetRequiredService<SipCallControl>();
        var recorded = server.RecordOf(CallDirection.Inbound);

        await using var sipp = SippProcess.Start(
            "-sf", SippProcess.Scenario("uac-ivr-press-2.xml"), "-s", "+18005550100", $"127.0.0.1:{server.SipPort.ToString(CultureInfo.InvariantCulture)}",
            "-m", "1", "-rtp_echo", "-timeout", "60s");
        var exitCode = await sipp.WaitForExitAsync(TimeSpan.FromSeconds(70));

        exitCode.ShouldBe(0, sipp.Diagnostics());
        var cdr = await recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause, cdr.To, cdr.FlowId).ShouldBe((CallDisposition.Answered, HangUpCause.Normal, "+18005550100", "ivr-menu"));
        var media = control.MediaCounters(cdr.CallId).ShouldNotBeNull();
        media.PacketsSent.ShouldBeGreaterThan(150, "at least 3 s of prompt audio went to SIPp");
        media.PacketsReceived.ShouldBeGreaterThan(50, "SIPp echoed our prompt audio back (-rtp_echo) and sent the digit");
        var journal = await server.JournalAsync(cdr.InstanceId!, Step);
        journal.Select(e => $"{e.Node}:{e.Outcome}").ShouldBe(["incoming:done", "answer:done", "menu:support", "support:done", "hangup:done"]);
        journal.Single(e => e.Node == "menu").Outputs!["digit"]!.GetValue<string>().ShouldBe("2");
        var calls = await server.GetJsonAsync("/api/calls?flowId=ivr-menu");
        calls.AsArray().Select(c => c!["callId"]!.GetValue<string>()).ShouldContain(cdr.CallId);
    }

    [Fact]
    public async Task SippCallsOverTcp_TheSameIvrAnswersAndHangsUp()
    {
        var tcpPort = FreePorts.Tcp();
        var settings = new Dictionary<string, string>(FlowServer.RtpPorts(34000)) { ["FlowBuilder:Sip:Listen:1"] = $"tcp:127.0.0.1:{tcpPort.ToString(CultureInfo.InvariantCulture)}" };
        await using var server = await FlowServer.StartAsync(settings);
        await server.PublishAsync(FlowServer.Flow("ivr-menu.flow.json"));
        var control = server.Services.GetRequiredService<SipCallControl>();
        var recorded = server.RecordOf(CallDirection.Inbound);

        await using var sipp = SippProcess.Start(
            "-sf", SippProcess.Scenario("uac-ivr-press-2.xml"), "-s", "+18005550100", $"127.0.0.1:{tcpPort.ToString(CultureInfo.InvariantCulture)}",
            "-t", "t1", "-m", "1", "-rtp_echo", "-timeout", "60s");
        var exitCode = await sipp.WaitForExitAsync(TimeSpan.FromSeconds(70));

        exitCode.ShouldBe(0, sipp.Diagnostics());
        var cdr = await recorded.Task.WaitAsync(Step);
        (cdr.Disposition, cdr.Cause, cdr.FlowId).ShouldBe((CallDisposition.Answered, HangUpCause.Normal, "ivr-menu"));
        (await server.JournalAsync(cdr.InstanceId!, Step)).Select(e => $"{e.Node}:{e.Outcome}").ShouldContain("menu:support");
    }

    [Fact]
    public async Task TrunkWithRegister_TheServerRegistersAtAChallengingRegistrarOnStart()
    {
        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uas-register-digest.xml"), "-m", "1", "-timeout", "30s");
        var trunk = new Dictionary<string, string>(FlowServer.RtpPorts(34200))
        {
            ["FlowBuilder:Sip:Trunks:0:Name"] = "carrier",
            ["FlowBuilder:Sip:Trunks:0:Host"] = "127.0.0.1",
            ["FlowBuilder:Sip:Trunks:0:Port"] = sipp.Port.ToString(CultureInfo.InvariantCulture),
            ["FlowBuilder:Sip:Trunks:0:Username"] = "alice",
            ["FlowBuilder:Sip:Trunks:0:Password"] = "secret",
            ["FlowBuilder:Sip:Trunks:0:Register"] = "true",
        };

        await using var server = await FlowServer.StartAsync(trunk);

        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
        var registration = server.Services.GetRequiredService<SipCallService>().Registrations.ShouldHaveSingleItem();
        registration.IsRegistered.ShouldBeTrue(sipp.Diagnostics());
        registration.ExpiresAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task ApiPlacesACallToSipp_ItAnswers_TheFlowSpeaksAndHangsUp_AndTheCdrIsOutbound()
    {
        await using var sipp = SippProcess.Start("-sn", "uas", "-m", "1", "-rtp_echo", "-timeout", "60s");
        var trunk = new Dictionary<string, string>(FlowServer.RtpPorts(33200))
        {
            ["FlowBuilder:Sip:Trunks:0:Name"] = "sipp",
            ["FlowBuilder:Sip:Trunks:0:Host"] = "127.0.0.1",
            ["FlowBuilder:Sip:Trunks:0:Port"] = sipp.Port.ToString(CultureInfo.InvariantCulture),
            ["FlowBuilder:Sip:Trunks:0:CallerId"] = "+18005550199",
        };
        await using var server = await FlowServer.StartAsync(trunk);
        await server.PublishAsync(FlowServer.Flow("interop-greeter.flow.json"));
        var control = server.Services.GetRequiredService<SipCallControl>();
        var recorded = server.RecordOf(CallDirection.Outbound);

        var placed = await server.Http.PostAsJsonAsync("/api/calls", new { flowId = "interop-greeter", to = "+15551230000", ringTimeoutSeconds = 10 });

        ((int)placed.StatusCode).ShouldBe(202, await placed.Content.ReadAsStringAsync());
        var callId = JsonNode.Parse(await placed.Content.ReadAsStringAsync())!["callId"]!.GetValue<string>();
        callId.ShouldStartWith("sip-");
        var cdr = await recorded.Task.WaitAsync(Step);
        cdr.CallId.ShouldBe(callId);
        (cdr.Disposition, cdr.Cause, cdr.To, cdr.From, cdr.Trunk, cdr.FlowId).ShouldBe(
            (CallDisposition.Answered, HangUpCause.Normal, "+15551230000", "+18005550199", "sipp", "interop-greeter"));
        var media = control.MediaCounters(callId).ShouldNotBeNull();
        media.PacketsSent.ShouldBeGreaterThan(100, "the greeting went out as RTP");
        media.PacketsReceived.ShouldBeGreaterThan(50, "SIPp echoed it back");
        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
        var journal = await server.JournalAsync(cdr.InstanceId!, Step);
        journal.Select(e => $"{e.Node}:{e.Outcome}").ShouldBe(["answer:done", "greet:timeout", "bye:done", "end:done"]);
        var view = await server.GetJsonAsync($"/api/calls/{callId}");
        view["status"]!.GetValue<string>().ShouldBe("ended");
        view["disposition"]!.GetValue<string>().ShouldBe("answered");
    }

    [Fact]
    public async Task ApiCallsBaresip_ItAnswers_AudioFlowsBothWays_AndItsKeyChoosesTheBranch()
    {
        await using var baresip = await BaresipProcess.StartAsync(Step);
        await using var server = await FlowServer.StartAsync(FlowServer.RtpPorts(33400));
        await server.PublishAsync(FlowServer.Flow("interop-greeter.flow.json"));
        var control = server.Services.GetRequiredService<SipCallControl>();
        var recorded = server.RecordOf(CallDirection.Outbound);

        var placed = await server.Http.PostAsJsonAsync("/api/calls", new { flowId = "interop-greeter", to = baresip.AccountUri, ringTimeoutSeconds = 10 });
        ((int)placed.StatusCode).ShouldBe(202, await placed.Content.ReadAsStringAsync());
        await baresip.Control.WaitForEventAsync("CALL_ESTABLISHED", Step); // the peer's config answers at once
        await baresip.Control.CommandAsync("sndcode", "5", Step);

        var cdr = await recorded.Task.WaitAsync(Step);
        await baresip.Control.WaitForEventAsync("CALL_CLOSED", Step);
        (cdr.Disposition, cdr.Cause, cdr.FlowId).ShouldBe((CallDisposition.Answered, HangUpCause.Normal, "interop-greeter"));
        var journal = await server.JournalAsync(cdr.InstanceId!, Step);
        journal.Single(e => e.Node == "greet").Outcome.ShouldBe("done", baresip.Diagnostics());
        journal.Single(e => e.Node == "greet").Outputs!["digits"]!.GetValue<string>().ShouldBe("5");
        var media = control.MediaCounters(cdr.CallId).ShouldNotBeNull();
        media.PacketsReceived.ShouldBeGreaterThan(20, "we heard baresip's microphone tone");
        media.PacketsSent.ShouldBeGreaterThan(20);
        var heard = baresip.Recordings().Where(path => path.EndsWith("-dec.wav", StringComparison.Ordinal)).ShouldHaveSingleItem(baresip.Diagnostics());
        AudioLevels.Loudness(WavReader.Read(heard)).ShouldBeGreaterThan(300, "baresip heard the flow's speech");
    }

    [Fact]
    public async Task BaresipCallsTheSurveyTemplate_Presses4_TheScoreIsStored()
    {
        await using var baresip = await BaresipProcess.StartAsync(Step);
        await using var server = await FlowServer.StartAsync(FlowServer.RtpPorts(33600));
        await server.PublishAsync(FlowServer.Flow("survey.flow.json"));
        var control = server.Services.GetRequiredService<SipCallControl>();
        var recorded = server.RecordOf(CallDirection.Inbound);

        await baresip.Control.CommandAsync("dial", $"sip:+18005550200@127.0.0.1:{server.SipPort.ToString(CultureInfo.InvariantCulture)}", Step);
        await baresip.Control.WaitForEventAsync("CALL_ESTABLISHED", Step);
        await baresip.Control.CommandAsync("sndcode", "4", Step);

        var cdr = await recorded.Task.WaitAsync(Step);
        await baresip.Control.WaitForEventAsync("CALL_CLOSED", Step);
        (cdr.Disposition, cdr.Cause, cdr.FlowId).ShouldBe((CallDisposition.Answered, HangUpCause.Normal, "survey"));
        var journal = await server.JournalAsync(cdr.InstanceId!, Step);
        journal.Select(e => $"{e.Node}:{e.Outcome}").ShouldBe(
            ["incoming:done", "answer:done", "ask:done", "valid:true", "store:done", "thanks:done", "hangup:done", "end:end"], baresip.Diagnostics());
        journal.Single(e => e.Node == "ask").Outputs!["digits"]!.GetValue<string>().ShouldBe("4");
        var media = control.MediaCounters(cdr.CallId).ShouldNotBeNull();
        media.PacketsReceived.ShouldBeGreaterThan(20);
        var heard = baresip.Recordings().Where(path => path.EndsWith("-dec.wav", StringComparison.Ordinal)).ShouldHaveSingleItem(baresip.Diagnostics());
        AudioLevels.Loudness(WavReader.Read(heard)).ShouldBeGreaterThan(300, "baresip heard the survey's question");
    }

    [Theory]
    [InlineData(null, "answered")]
    [InlineData("uas-busy.xml", "busy")]
    public async Task DialActivity_CallsSippThroughTheTrunk_TakesTheOutcomeSippGives(string? scenario, string outcome)
    {
        await using var sipp = scenario is null
            ? SippProcess.Start("-sn", "uas", "-m", "1", "-rtp_echo", "-timeout", "60s")
            : SippProcess.Start("-sf", SippProcess.Scenario(scenario), "-m", "1", "-timeout", "60s");
        var trunk = new Dictionary<string, string>(FlowServer.RtpPorts(33800))
        {
            ["FlowBuilder:Sip:Trunks:0:Name"] = "sipp",
            ["FlowBuilder:Sip:Trunks:0:Host"] = "127.0.0.1",
            ["FlowBuilder:Sip:Trunks:0:Port"] = sipp.Port.ToString(CultureInfo.InvariantCulture),
        };
        await using var server = await FlowServer.StartAsync(trunk);
        await server.PublishAsync(FlowServer.Flow("interop-dialer.flow.json"));
        var control = server.Services.GetRequiredService<SipCallControl>();
        var recorded = server.RecordOf(CallDirection.Outbound);

        var run = await server.Http.PostAsJsonAsync("/api/flows/interop-dialer/run", new { input = new { number = "+15557654321" }, wait = false });
        ((int)run.StatusCode).ShouldBeInRange(200, 299, await run.Content.ReadAsStringAsync());
        var instanceId = JsonNode.Parse(await run.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var settled = await server.Services.GetRequiredService<FlowEngine>()
            .WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(Step);

        settled.Status.ShouldBe(InstanceStatus.Completed, settled.FaultMessage);
        settled.Result.ShouldBe(outcome, sipp.Diagnostics());
        var cdr = await recorded.Task.WaitAsync(Step);
        (cdr.To, cdr.From, cdr.Trunk, cdr.InstanceId).ShouldBe(("+15557654321", "+18005550123", "sipp", instanceId));
        cdr.Disposition.ShouldBe(outcome == "busy" ? CallDisposition.Busy : CallDisposition.Answered);
        if (outcome == "busy") cdr.SipStatus.ShouldBe(486);
        else control.MediaCounters(cdr.CallId).ShouldNotBeNull().PacketsSent.ShouldBeGreaterThan(100, "the message was spoken on the dialled leg");
        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
    }

}
