using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;

namespace FlowBuilder.Engine.Tests.Calls.Simulator;

public sealed class CallSimulatorBridgingTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new();
    private readonly InMemoryCallRecordStore _records = new();
    private readonly InMemoryCallRecordingStore _recordings = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fb-sim-rec-" + Guid.NewGuid().ToString("N"));
    private readonly CallSimulator _simulator;

    public CallSimulatorBridgingTests() =>
        _simulator = new CallSimulator(_clock, _records, new CallSimulatorOptions { RecordingsFolder = _folder }, recordings: _recordings);

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private async Task<(string Caller, string Agent)> TwoAnsweredCallsAsync()
    {
        var caller = _simulator.Ring("+15550001111", "+18005550100");
        await _simulator.AnswerAsync(caller.Id, default);
        var agent = await _simulator.DialAsync(new DialRequest("101", null, null, TimeSpan.FromSeconds(20)) { TargetKind = DialTargetKind.Extension }, default);
        return (caller.Id, agent.Call!.Id);
    }

    [Fact]
    public async Task Bridge_EndsWhenOneSideHangsUp_AndNamesThatSide()
    {
        var (caller, agent) = await TwoAnsweredCallsAsync();
        var bridge = _simulator.BridgeAsync(caller, agent, BridgeOptions.Default, default).AsTask();
        bridge.IsCompleted.ShouldBeFalse();

        _simulator.HangUpByCaller(agent);

        var result = await bridge.WaitAsync(TimeSpan.FromSeconds(5));
        result.Status.ShouldBe(BridgeStatus.HungUp);
        result.EndedCallId.ShouldBe(agent);
        result.Cause.ShouldBe(HangUpCause.RemoteHangUp);
        _simulator.IsUp(caller).ShouldBeTrue();
        _simulator.Transcript(caller).Select(e => e.Kind).ShouldContain(SimulatedCallEventKind.Unbridged);
    }

    [Fact]
    public async Task Bridge_Cancelled_LeavesBothCallsUp()
    {
        var (caller, agent) = await TwoAnsweredCallsAsync();
        using var cancel = new CancellationTokenSource();
        var bridge = _simulator.BridgeAsync(caller, agent, BridgeOptions.Default, cancel.Token).AsTask();

        await cancel.CancelAsync();

        (await bridge.WaitAsync(TimeSpan.FromSeconds(5))).Status.ShouldBe(BridgeStatus.Unbridged);
        _simulator.IsUp(caller).ShouldBeTrue();
        _simulator.IsUp(agent).ShouldBeTrue();
    }

    [Fact]
    public async Task Bridge_RingingCall_FailsSayingToAnswerFirst()
    {
        var caller = _simulator.Ring("+15550001111", "+18005550100");
        var agent = await _simulator.DialAsync(new DialRequest("101", null, null, TimeSpan.FromSeconds(20)), default);

        var result = await _simulator.BridgeAsync(caller.Id, agent.Call!.Id, BridgeOptions.Default, default);

        result.Status.ShouldBe(BridgeStatus.Failed);
        result.Error.ShouldNotBeNull().ShouldContain("not answered");
    }

    [Fact]
    public async Task TransferRequest_AllowedByThePolicy_EndsTheBridgeWithTheTarget()
    {
        var (caller, agent) = await TwoAnsweredCallsAsync();
        var options = new BridgeOptions { CheckTransfer = (_, target, _) => ValueTask.FromResult(target == "102" ? null : "not allowed") };
        var bridge = _simulator.BridgeAsync(caller, agent, options, default).AsTask();

        (await _simulator.RequestTransferAsync(agent, "+15559999999")).ShouldBe("not allowed");
        bridge.IsCompleted.ShouldBeFalse();
        (await _simulator.RequestTransferAsync(agent, "102")).ShouldBeNull();

        var result = await bridge.WaitAsync(TimeSpan.FromSeconds(5));
        result.Status.ShouldBe(BridgeStatus.TransferRequested);
        result.EndedCallId.ShouldBe(agent);
        result.TransferTarget.ShouldBe("102");
    }

    [Fact]
    public async Task Transfer_AcceptedByTheParty_EndsTheLeg_RefusedLeavesItUp()
    {
        var (caller, _) = await TwoAnsweredCallsAsync();
        _simulator.ScriptTransferRefusal(caller, 501);

        var refused = await _simulator.TransferAsync(caller, "+15552223333", default);
        refused.Status.ShouldBe(TransferStatus.Refused);
        refused.StatusCode.ShouldBe(501);
        _simulator.IsUp(caller).ShouldBeTrue();

        (await _simulator.TransferAsync(caller, "+15552223333", default)).Status.ShouldBe(TransferStatus.Transferred);
        _simulator.IsUp(caller).ShouldBeFalse();
    }

    [Fact]
    public async Task Recording_StopsAtItsLimit_AndIsStoredWithItsCallAndLength()
    {
        var (caller, agent) = await TwoAnsweredCallsAsync();
        _ = _simulator.BridgeAsync(caller, agent, BridgeOptions.Default, default);
        var started = await _simulator.StartRecordingAsync(caller, new RecordingRequest(RecordingLegs.Both, TimeSpan.FromSeconds(3)), default);
        started.Status.ShouldBe(CallOperationStatus.Completed);

        _clock.Advance(TimeSpan.FromSeconds(5));

        var stored = await _simulator.StopRecordingAsync(started.RecordingId!, default);
        stored.ShouldNotBeNull();
        stored.Duration.ShouldBe(TimeSpan.FromSeconds(3));
        stored.OtherCallId.ShouldBe(agent);
        stored.Bytes.ShouldBe(44 + 3 * 8000 * 2 * 2);
        new FileInfo(stored.FilePath).Length.ShouldBe(stored.Bytes);
        (await _recordings.ListAsync(new CallRecordingQuery(CallId: agent), default)).Single().Id.ShouldBe(stored.Id);
    }

    [Fact]
    public async Task Recording_CallEnds_StopsAndStoresIt()
    {
        var (caller, _) = await TwoAnsweredCallsAsync();
        var started = await _simulator.StartRecordingAsync(caller, new RecordingRequest(RecordingLegs.Caller), default);
        _clock.Advance(TimeSpan.FromSeconds(2));

        _simulator.HangUpByCaller(caller);

        var stored = await _simulator.StopRecordingAsync(started.RecordingId!, default);
        stored.ShouldNotBeNull().Duration.ShouldBe(TimeSpan.FromSeconds(2));
        stored.Bytes.ShouldBe(44 + 2 * 8000 * 2);
    }
}
