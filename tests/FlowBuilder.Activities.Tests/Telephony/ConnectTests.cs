using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Testing.CallCentre;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

public sealed class ConnectTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly CallHarness _calls = new(configure: f =>
    {
        var extensions = CallCentreStores.Extensions(
            new Extension(CallHarness.Company, "101", "Alice", "s") { Forwarding = new ExtensionForwarding(OnBusy: "102") },
            new Extension(CallHarness.Company, "102", "Bob", "s"),
            new Extension(CallHarness.Company, "103", "Carol", "s"));
        f.Services.AddSingleton<IExtensionStore>(extensions);
        f.Services.AddSingleton<IExtensionGroupStore>(CallCentreStores.Groups(extensions));
    });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private Task PublishConnectAsync(object inputs) => _calls.PublishAsync(Inbound("connect",
        [
            Node("connect", "telephony.connect", inputs),
            Node("connected", "control.end", new { result = "js: 'connected ' + outputs.connect.endedBy + ' ' + outputs.connect.answeredBy + ' ' + outputs.connect.talkSeconds" }),
            Node("hangup", "control.end", new { result = "js: 'hangup ' + outputs.connect.endedBy" }),
            Node("busy", "control.end", new { result = "busy" }),
            Node("noanswer", "control.end", new { result = "no-answer" }),
            Node("failed", "control.end", new { result = "js: 'failed: ' + outputs.connect.error" }),
        ],
        [
            Edge("connect", "connected", "connected"), Edge("connect", "hangup", "hangup"), Edge("connect", "busy", "busy"),
            Edge("connect", "no-answer", "noanswer"), Edge("connect", "failed", "failed"),
        ]));

    private async Task<string> BridgedLegAsync(string callerId, int nth = 1)
    {
        var seen = 0;
        return (await _calls.Simulator.WaitUntilAsync(e => e.CallId == callerId && e.Kind == SimulatedCallEventKind.Bridged && ++seen == nth).WaitAsync(Patience)).Text!;
    }

    private async Task<object?> ResultAsync(string instanceId) => (await _calls.FinishedAsync(instanceId)).Result;

    [Fact]
    public async Task Connect_CalleeHangsUp_TakesConnected_AndTheFlowGoesOnWithTheCaller()
    {
        await PublishConnectAsync(new { target = "103" });
        var (call, started) = await _calls.CallAsync(Number);
        var callee = await BridgedLegAsync(call.Id);
        _calls.Clock.Advance(TimeSpan.FromSeconds(65));

        _calls.Simulator.HangUpByCaller(callee);

        (await ResultAsync(started.InstanceId!)).ShouldBe("connected callee ext:103 65");
        var calleeRecord = await _calls.RecordOfAsync(callee);
        calleeRecord.InstanceId.ShouldBe(started.InstanceId);
        calleeRecord.From.ShouldBe("+15550001111");
    }

    [Fact]
    public async Task Connect_CallerHangsUp_TakesHangup_AndTheCalleeIsHungUp()
    {
        await PublishConnectAsync(new { target = "ext:103" });
        var (call, started) = await _calls.CallAsync(Number);
        var callee = await BridgedLegAsync(call.Id);

        _calls.Simulator.HangUpByCaller(call.Id);

        (await ResultAsync(started.InstanceId!)).ShouldBe("hangup caller");
        (await _calls.RecordOfAsync(callee)).Cause.ShouldBe(HangUpCause.Normal);
    }

    [Fact]
    public async Task Connect_BusyExtension_IsForwardedOnBusy()
    {
        _calls.Simulator.ScriptDial("101", DialStatus.Busy);
        await PublishConnectAsync(new { target = "101" });
        var (call, started) = await _calls.CallAsync(Number);

        _calls.Simulator.HangUpByCaller(await BridgedLegAsync(call.Id));

        (await ResultAsync(started.InstanceId!)).ShouldBe("connected callee ext:102 0");
    }

    [Fact]
    public async Task Connect_Busy_TakesBusy()
    {
        _calls.Simulator.ScriptDial("103", DialStatus.Busy);
        await PublishConnectAsync(new { target = "103" });

        var (_, started) = await _calls.CallAsync(Number);

        (await ResultAsync(started.InstanceId!)).ShouldBe("busy");
    }

    [Fact]
    public async Task Connect_NobodyAnswers_TakesNoAnswerAtTheRingTimeout()
    {
        _calls.Simulator.ScriptDial("+15550002222", DialStatus.NoAnswer);
        await PublishConnectAsync(new { target = "+15550002222", ringTimeoutSeconds = 5 });
        var (_, started) = await _calls.CallAsync(Number);
        await _calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling).WaitAsync(Patience);

        _calls.Clock.Advance(TimeSpan.FromSeconds(5));

        (await ResultAsync(started.InstanceId!)).ShouldBe("no-answer");
    }

    [Fact]
    public async Task Connect_TargetOfNoExtension_TakesFailedNamingIt()
    {
        await PublishConnectAsync(new { target = "555" });

        var (_, started) = await _calls.CallAsync(Number);

        (await ResultAsync(started.InstanceId!)).ShouldBe("failed: No extension or group has number 555 in this company: numbers of up to 6 digits are internal; write outside numbers with + and the country code.");
    }

    [Fact]
    public async Task Connect_WithRecording_StoresTheBridgeRecordingWithTheCallAndInstance()
    {
        await _calls.PublishAsync(Inbound("connect",
            [Node("connect", "telephony.connect", new { target = "103", record = "both" }), Node("end", "control.end", new { result = "js: outputs.connect.recordingId" })],
            [Edge("connect", "connected", "end")]));
        var (call, started) = await _calls.CallAsync(Number);
        var callee = await BridgedLegAsync(call.Id);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.RecordingStarted);
        _calls.Clock.Advance(TimeSpan.FromSeconds(12));

        _calls.Simulator.HangUpByCaller(callee);

        var recordingId = (await ResultAsync(started.InstanceId!)).ShouldBeOfType<string>();
        var recording = (await _calls.Recordings.FindAsync(recordingId, CancellationToken.None)).ShouldNotBeNull();
        recording.CallId.ShouldBe(call.Id);
        recording.OtherCallId.ShouldBe(callee);
        recording.Legs.ShouldBe(RecordingLegs.Both);
        recording.InstanceId.ShouldBe(started.InstanceId);
        recording.Duration.ShouldBe(TimeSpan.FromSeconds(12));
    }

    [Fact]
    public async Task Connect_CalleeTransfersToAnotherExtension_TheCallerIsBridgedToIt()
    {
        await PublishConnectAsync(new { target = "103" });
        var (call, started) = await _calls.CallAsync(Number);
        var first = await BridgedLegAsync(call.Id);

        (await _calls.Simulator.RequestTransferAsync(first, "102")).ShouldBeNull();

        _calls.Simulator.HangUpByCaller(await BridgedLegAsync(call.Id, nth: 2));
        (await ResultAsync(started.InstanceId!)).ShouldBe("connected callee ext:102 0");
    }

    [Fact]
    public async Task Connect_TransfersOff_AnyTransferRequestIsRefused()
    {
        await PublishConnectAsync(new { target = "103", allowTransfers = false });
        var (call, started) = await _calls.CallAsync(Number);
        var callee = await BridgedLegAsync(call.Id);

        (await _calls.Simulator.RequestTransferAsync(callee, "102")).ShouldBe("Transfers are not allowed on this call.");

        _calls.Simulator.HangUpByCaller(callee);
        (await ResultAsync(started.InstanceId!)).ShouldBe("connected callee ext:103 0");
    }
}
