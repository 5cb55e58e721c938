using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Testing.CallCentre;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

public sealed class TransferTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly CallHarness _calls = new(configure: f =>
    {
        var extensions = CallCentreStores.Extensions(new Extension(CallHarness.Company, "101", "Alice", "s"));
        f.Services.AddSingleton<IExtensionStore>(extensions);
        f.Services.AddSingleton<IExtensionGroupStore>(CallCentreStores.Groups(extensions, new ExtensionGroup(CallHarness.Company, "sales", ["101"])));
    });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private Task PublishTransferAsync(object inputs) => _calls.PublishAsync(Inbound("transfer",
        [
            Node("answer", "telephony.answer"),
            Node("transfer", "telephony.transfer", inputs),
            Node("transferred", "control.end", new { result = "transferred" }),
            Node("connected", "control.end", new { result = "js: 'connected ' + outputs.transfer.mode + ' ' + outputs.transfer.answeredBy" }),
            Node("refused", "control.end", new { result = "js: 'refused ' + outputs.transfer.sipStatus + ': ' + outputs.transfer.error" }),
            Node("failed", "control.end", new { result = "js: 'failed: ' + outputs.transfer.error" }),
        ],
        [
            Edge("answer", "done", "transfer"), Edge("transfer", "transferred", "transferred"), Edge("transfer", "connected", "connected"),
            Edge("transfer", "refused", "refused"), Edge("transfer", "failed", "failed"),
        ]));

    /// <summary>Rings the flow's number; <paramref name="refuseWith"/> scripts the caller's phone to refuse a REFER.</summary>
    private async Task<(CallInfo Call, string InstanceId)> CallAsync(int? refuseWith = null)
    {
        var call = _calls.Simulator.Ring("+15550001111", Number);
        if (refuseWith is { } status) _calls.Simulator.ScriptTransferRefusal(call.Id, status);
        var started = await _calls.Calls.AcceptInboundAsync(_calls.Simulator, call, CancellationToken.None).AsTask().WaitAsync(Patience);
        return (call, started.InstanceId!);
    }

    [Fact]
    public async Task Refer_Accepted_TakesTransferred_AndTheLegHasEnded()
    {
        await PublishTransferAsync(new { target = "+15550003333" });
        var (call, instanceId) = await CallAsync();

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("transferred");
        _calls.Transcript(call.Id).ShouldContain("transferred to +15550003333");
        _calls.Simulator.IsUp(call.Id).ShouldBeFalse();
    }

    [Fact]
    public async Task Refer_ToAnExtension_NamesItsNumber()
    {
        await PublishTransferAsync(new { target = "ext:101" });
        var (call, instanceId) = await CallAsync();

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("transferred");
        _calls.Transcript(call.Id).ShouldContain("transferred to 101");
    }

    [Fact]
    public async Task Refer_Refused_WithoutFallback_TakesRefused()
    {
        await PublishTransferAsync(new { target = "101", fallback = false });
        var (call, instanceId) = await CallAsync(refuseWith: 501);

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("refused 501: The party refused the transfer (501).");
        _calls.Transcript(call.Id).ShouldNotContain("dialling 101");
    }

    [Fact]
    public async Task Refer_Refused_FallsBackToBridging()
    {
        await PublishTransferAsync(new { target = "101" });
        var (call, instanceId) = await CallAsync(refuseWith: 501);
        var bridged = await _calls.Simulator.WaitUntilAsync(e => e.CallId == call.Id && e.Kind == SimulatedCallEventKind.Bridged).WaitAsync(Patience);

        _calls.Simulator.HangUpByCaller(bridged.Text!);

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("connected bridge ext:101");
    }

    [Fact]
    public async Task Refer_ToAGroupWithoutNumber_FallsBackToBridging()
    {
        await PublishTransferAsync(new { target = "group:sales" });
        var (call, instanceId) = await CallAsync();
        var bridged = await _calls.Simulator.WaitUntilAsync(e => e.CallId == call.Id && e.Kind == SimulatedCallEventKind.Bridged).WaitAsync(Patience);

        _calls.Simulator.HangUpByCaller(bridged.Text!);

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("connected bridge ext:101");
    }

    [Fact]
    public async Task BridgeMode_Busy_TakesBusy()
    {
        _calls.Simulator.ScriptDial("101", DialStatus.Busy);
        await _calls.PublishAsync(Inbound("transfer",
            [Node("answer", "telephony.answer"), Node("transfer", "telephony.transfer", new { target = "101", mode = "bridge" }), Node("busy", "control.end", new { result = "busy" })],
            [Edge("answer", "done", "transfer"), Edge("transfer", "busy", "busy")]));
        var (_, instanceId) = await CallAsync();

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("busy");
    }

    [Fact]
    public async Task BadTarget_TakesFailedWithTheReason()
    {
        await PublishTransferAsync(new { target = "group:nobody" });
        var (_, instanceId) = await CallAsync();

        (await _calls.FinishedAsync(instanceId)).Result.ShouldBe("failed: Group 'nobody' does not exist in this company: check the name in the call-centre settings.");
    }
}
