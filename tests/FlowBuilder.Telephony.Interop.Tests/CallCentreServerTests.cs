using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Media.Audio;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FlowBuilder.Telephony.Interop.Tests;

/// <summary>
/// The call centre as a person sets it up through the API, on real peers: baresip softphones register as extensions and
/// answer bridged calls and queue calls from SIPp; an agent transfers a caller by REFER; a blacklisted caller gets 486.
/// Each test checks what crossed the wire (recordings on both ends, SIPp's verdict) and what the server recorded.
/// </summary>
[Collection(SippCollection.Name)]
public sealed class CallCentreServerTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task SippCallsAConnectFlow_BridgedToBaresipOnExtension101_AudioFlowsBothWays_AndBothEndsRecordedIt()
    {
        await using var server = await FlowServer.StartAsync(FlowServer.RtpPorts(34000));
        await server.PublishAsync(FlowServer.Flow("interop-connect.flow.json"));
        await using var agent = await RegisteredAgentAsync(server, "101");
        var control = server.Services.GetRequiredService<SipCallControl>();
        var inbound = server.RecordOf(CallDirection.Inbound);

        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-pcma-audio.xml"), $"127.0.0.1:{Text(server.SipPort)}", "-s", "5100", "-m", "1", "-timeout", "60s");
        await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Step);
        await Eventually.HoldsAsync(() => control.ActiveCallIds() is { Count: 2 } legs && legs.All(id => control.BridgeCounters(id)?.RelayedPackets > 100),
            () => sipp.Diagnostics() + agent.Diagnostics(), Step);
        await agent.Control.CommandAsync("hangup", null, Step);
        await agent.Control.WaitForEventAsync("CALL_CLOSED", Step);
        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());

        var cdr = await inbound.Task.WaitAsync(Step);
        var journal = await server.JournalAsync(cdr.InstanceId!, Step);
        var connect = journal.Single(e => e.Node == "connect");
        connect.Outcome.ShouldBe("connected", agent.Diagnostics());
        connect.Outputs!["endedBy"]!.GetValue<string>().ShouldBe("callee");
        var recordings = (await server.GetJsonAsync($"/api/recordings?callId={cdr.CallId}")).AsArray();
        var recording = recordings.ShouldHaveSingleItem()!;
        recording["id"]!.GetValue<string>().ShouldBe(connect.Outputs["recordingId"]!.GetValue<string>());
        var wav = await server.Http.GetByteArrayAsync(recording["downloadUrl"]!.GetValue<string>());
        var path = Path.Combine(Path.GetTempPath(), $"interop-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(path, wav);
        try
        {
            var (left, right) = AudioLevels.StereoLoudness(path);
            output.WriteLine($"our recording: {recording["durationSeconds"]} s, RMS caller {left:F0}, agent {right:F0}");
            left.ShouldBeGreaterThan(300, "SIPp's audio (the caller) is in the left channel");
            right.ShouldBeGreaterThan(300, "baresip's tone (the agent), relayed to the caller, is in the right channel");
        }
        finally
        {
            File.Delete(path);
        }
        var heard = agent.Recordings().Where(p => p.EndsWith("-dec.wav", StringComparison.Ordinal)).ShouldHaveSingleItem(agent.Diagnostics());
        AudioLevels.Loudness(WavReader.Read(heard)).ShouldBeGreaterThan(300, "the agent heard the caller's audio, A-law re-encoded to µ-law");
        var legs = (await server.GetJsonEventuallyAsync("/api/calls?limit=10", l => l.AsArray().Count == 2, Step)).AsArray();
        legs.Select(l => l!["disposition"]!.GetValue<string>()).ShouldBe(["answered", "answered"], ignoreOrder: true);
    }

    [Fact]
    public async Task TwoBaresipAgentsInARoundRobinQueue_TwoCallersInARow_EachAgentTakesOne()
    {
        await using var server = await FlowServer.StartAsync(FlowServer.RtpPorts(34200));
        await server.PublishAsync(FlowServer.Flow("interop-queue.flow.json"));
        await using var first = await RegisteredAgentAsync(server, "101");
        await using var second = await RegisteredAgentAsync(server, "102");
        await PutAsync(server, "/api/queues/support", new
        {
            agents = new[] { new { id = "101", target = "101", kind = "extension" }, new { id = "102", target = "102", kind = "extension" } },
            strategy = "round-robin",
            holdPrompt = "Please hold.",
            announceEverySeconds = 0,
            agentRingSeconds = 10,
            wrapUpSeconds = 0,
        });
        var answeredBy = new List<string>();

        for (var call = 0; call < 2; call++)
        {
            await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-pcma-audio.xml"), $"127.0.0.1:{Text(server.SipPort)}", "-s", "5200", "-m", "1", "-timeout", "60s");
            var calls = (First: first.Control.CountEvents("CALL_ESTABLISHED"), Second: second.Control.CountEvents("CALL_ESTABLISHED"));
            var established = await await Task.WhenAny(
                first.Control.WaitForEventCountAsync("CALL_ESTABLISHED", calls.First + 1, Step).ContinueWith(_ => first, TaskScheduler.Default),
                second.Control.WaitForEventCountAsync("CALL_ESTABLISHED", calls.Second + 1, Step).ContinueWith(_ => second, TaskScheduler.Default));
            answeredBy.Add(established == first ? "101" : "102");
            var closed = established.Control.CountEvents("CALL_CLOSED");
            await established.Control.CommandAsync("hangup", null, Step);
            await established.Control.WaitForEventCountAsync("CALL_CLOSED", closed + 1, Step);
            (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
        }

        answeredBy.ShouldBe(["101", "102"], ignoreOrder: true, "round-robin gives the second caller the other agent");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var statistics = await server.GetJsonEventuallyAsync($"/api/queues/support/statistics?from={today}", s => s["answered"]!.GetValue<int>() == 2, Step);
        statistics["offered"]!.GetValue<int>().ShouldBe(2);
        statistics["abandoned"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task TwoBaresipAgentsInARingAllQueue_BothRing_TheFirstToAnswerTakesTheCall_TheOtherIsReleased()
    {
        await using var server = await FlowServer.StartAsync(FlowServer.RtpPorts(34800));
        await server.PublishAsync(FlowServer.Flow("interop-queue.flow.json"));
        await using var first = await RegisteredAgentAsync(server, "101");
        await using var second = await RegisteredAgentAsync(server, "102");
        await PutAsync(server, "/api/queues/support", new
        {
            agents = new[] { new { id = "101", target = "101", kind = "extension" }, new { id = "102", target = "102", kind = "extension" } },
            strategy = "ring-all",
            holdPrompt = "Please hold.",
            announceEverySeconds = 0,
            agentRingSeconds = 10,
        });
        var control = server.Services.GetRequiredService<SipCallControl>();
        var inbound = server.RecordOf(CallDirection.Inbound);

        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-pcma-audio.xml"), $"127.0.0.1:{Text(server.SipPort)}", "-s", "5200", "-m", "1", "-timeout", "60s");
        // Both phones were offered the call (auto-answering baresip reports the INVITE's SDP, not CALL_INCOMING).
        await Task.WhenAll(first.Control.WaitForEventAsync("CALL_REMOTE_SDP", Step), second.Control.WaitForEventAsync("CALL_REMOTE_SDP", Step));
        await Eventually.HoldsAsync(() => control.ActiveCallIds() is { Count: 2 } legs && legs.All(id => control.BridgeCounters(id)?.RelayedPackets > 20),
            () => sipp.Diagnostics() + first.Diagnostics() + second.Diagnostics(), Step);

        var live = await server.GetJsonEventuallyAsync("/api/queues/support/live", l => l["agents"]!.AsArray().Any(a => a!["state"]!.GetValue<string>() == "onCall"), Step);
        var onCall = live["agents"]!.AsArray().Single(a => a!["state"]!.GetValue<string>() == "onCall")!["id"]!.GetValue<string>();
        var (winner, loser) = onCall == "101" ? (first, second) : (second, first);
        await loser.Control.WaitForEventAsync("CALL_CLOSED", Step);
        await winner.Control.CommandAsync("hangup", null, Step);
        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
        var record = await inbound.Task.WaitAsync(Step);
        var queue = (await server.JournalAsync(record.InstanceId!, Step)).Single(e => e.Node == "queue");
        queue.Outcome.ShouldBe("connected");
        queue.Outputs!["agentId"]!.GetValue<string>().ShouldBe(onCall);
    }

    [Fact]
    public async Task AgentTransfersTheCallerByRefer_TheCallerIsBridgedToExtension102()
    {
        await using var server = await FlowServer.StartAsync(FlowServer.RtpPorts(34400));
        await server.PublishAsync(FlowServer.Flow("interop-connect.flow.json"));
        await using var agent = await RegisteredAgentAsync(server, "101");
        await using var colleague = await RegisteredAgentAsync(server, "102");
        var control = server.Services.GetRequiredService<SipCallControl>();
        var inbound = server.RecordOf(CallDirection.Inbound);

        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-pcma-audio.xml"), $"127.0.0.1:{Text(server.SipPort)}", "-s", "5100", "-m", "1", "-timeout", "60s");
        await agent.Control.WaitForEventAsync("CALL_ESTABLISHED", Step);
        await Eventually.HoldsAsync(() => control.ActiveCallIds() is { Count: 2 } legs && legs.All(id => control.BridgeCounters(id)?.RelayedPackets > 0),
            () => sipp.Diagnostics() + agent.Diagnostics(), Step);
        await agent.Control.CommandAsync("transfer", $"sip:102@127.0.0.1:{Text(server.SipPort)}", Step);
        await colleague.Control.WaitForEventAsync("CALL_ESTABLISHED", Step);
        await agent.Control.WaitForEventAsync("CALL_CLOSED", Step); // baresip leaves once its REFER succeeded
        await Eventually.HoldsAsync(() => control.ActiveCallIds() is { Count: 2 } legs && legs.All(id => control.BridgeCounters(id)?.RelayedPackets > 50),
            () => sipp.Diagnostics() + colleague.Diagnostics(), Step);
        await colleague.Control.CommandAsync("hangup", null, Step);
        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());

        var cdr = await inbound.Task.WaitAsync(Step);
        var connect = (await server.JournalAsync(cdr.InstanceId!, Step)).Single(e => e.Node == "connect");
        connect.Outcome.ShouldBe("connected", connect.Outputs?.ToJsonString() + agent.Diagnostics() + colleague.Diagnostics());
        connect.Outputs!["answeredBy"]!.GetValue<string>().ShouldBe("ext:102");
    }

    [Fact]
    public async Task BlacklistedCallerDialsAPublishedNumber_Gets486_AndTheCdrSaysBusy()
    {
        await using var server = await FlowServer.StartAsync(FlowServer.RtpPorts(34600));
        await server.PublishAsync(FlowServer.Flow("interop-connect.flow.json"));
        await PutAsync(server, "/api/caller-lists/blocked/+15550009999", new { note = "abusive caller" });
        var control = server.Services.GetRequiredService<SipCallControl>();
        var inbound = server.RecordOf(CallDirection.Inbound);

        await using var sipp = SippProcess.Start("-sf", SippProcess.Scenario("uac-expect-busy.xml"), $"127.0.0.1:{Text(server.SipPort)}", "-s", "5100", "-m", "1", "-timeout", "30s");

        (await sipp.WaitForExitAsync(Step)).ShouldBe(0, sipp.Diagnostics());
        var cdr = await inbound.Task.WaitAsync(Step);
        (cdr.SipStatus, cdr.Cause, cdr.From).ShouldBe((486, HangUpCause.Busy, "+15550009999"));
        cdr.InstanceId.ShouldBeNull("no flow ran for a blocked caller");
    }

    /// <summary>Creates extension <paramref name="number"/> over the API and starts baresip registered as it (auto-answering,
    /// a 1 kHz tone as its microphone, recording what it hears); returns once the registrar has its contact.</summary>
    private static async Task<BaresipProcess> RegisteredAgentAsync(FlowServer server, string number)
    {
        var password = $"secret-{number}";
        await PutAsync(server, $"/api/extensions/{number}", new { displayName = $"Agent {number}", password });
        var registrar = server.Services.GetRequiredService<SipCallControl>().Registrar.ShouldNotBeNull();
        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChange(string changed)
        {
            if (changed == number && registrar.Contacts(number).Count > 0) registered.TrySetResult();
        }
        registrar.RegistrationsChanged += OnChange;
        try
        {
            var account = $"<sip:{number}@127.0.0.1:{Text(server.SipPort)}>;auth_user={number};auth_pass={password};regint=600;answermode=auto;audio_codecs=pcmu";
            var baresip = await BaresipProcess.StartAsync(Step, account);
            try
            {
                await registered.Task.WaitAsync(Step);
            }
            catch (TimeoutException)
            {
                var diagnostics = baresip.Diagnostics();
                await baresip.DisposeAsync();
                throw new TimeoutException($"Extension {number} did not register within {Step.TotalSeconds} s.{Environment.NewLine}{diagnostics}");
            }
            return baresip;
        }
        finally
        {
            registrar.RegistrationsChanged -= OnChange;
        }
    }

    private static async Task PutAsync(FlowServer server, string url, object body)
    {
        var response = await server.Http.PutAsJsonAsync(url, body);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"PUT {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
