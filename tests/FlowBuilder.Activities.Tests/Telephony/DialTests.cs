using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Runtime;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

public sealed class DialTests : IAsyncLifetime
{
    private const string Agent = "+18005559999";
    private readonly CallHarness _calls = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private Task<InstanceSettled> RunDialAsync() =>
        _calls.Host.RunAsync(_calls.Host.Compile(Flow("dial",
            [
                Node("dial", "telephony.dial", new { to = Agent, callerId = "+18005550100" }),
                Node("answered", "control.end", new { result = "js: 'answered ' + vars.call.id" }),
                Node("busy", "control.end", new { result = "busy" }),
                Node("noanswer", "control.end", new { result = "no-answer" }),
                Node("failed", "control.end", new { result = "js: 'failed: ' + outputs.dial.error" }),
            ],
            [Edge("dial", "answered", "answered"), Edge("dial", "busy", "busy"), Edge("dial", "no-answer", "noanswer"), Edge("dial", "failed", "failed")])));

    [Fact]
    public async Task Dial_UnscriptedNumber_IsAnswered_AndHungUpWhenTheFlowEnds()
    {
        var settled = await RunDialAsync();

        var result = settled.Result.ShouldBeOfType<string>();
        result.ShouldStartWith("answered simulator-");
        var legId = result["answered ".Length..];
        var record = await _calls.RecordOfAsync(legId);
        _calls.Simulator.IsUp(legId).ShouldBeFalse();
        record.Direction.ShouldBe(CallDirection.Outbound);
        record.Cause.ShouldBe(HangUpCause.Normal);
        record.InstanceId.ShouldBe(settled.InstanceId);
        _calls.Transcript(legId).ShouldBe(["dialling +18005559999", "answered", "hung up by Flow (Normal)"]);
    }

    [Fact]
    public async Task Dial_Busy_TakesBusy()
    {
        _calls.Simulator.ScriptDial(Agent, DialStatus.Busy);

        (await RunDialAsync()).Result.ShouldBe("busy");
    }

    [Fact]
    public async Task Dial_NobodyAnswers_TakesNoAnswerAtTheRingTimeout()
    {
        _calls.Simulator.ScriptDial(Agent, DialStatus.NoAnswer);
        var running = RunDialAsync();
        var dialling = await _calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling).WaitAsync(TimeSpan.FromSeconds(10));

        _calls.Clock.Advance(TimeSpan.FromSeconds(30));

        (await running).Result.ShouldBe("no-answer");
        (await _calls.RecordOfAsync(dialling.CallId)).Disposition.ShouldBe(CallDisposition.NoAnswer);
    }

    [Fact]
    public async Task Dial_TrunkFails_TakesFailedWithTheReason()
    {
        _calls.Simulator.ScriptDial(Agent, DialStatus.Failed);

        (await RunDialAsync()).Result.ShouldBe("failed: Service Unavailable");
    }

    [Fact]
    public async Task InboundCallThatDials_WritesCdrsForBothLegs_AndHangsUpBothWhenTheFlowEnds()
    {
        await _calls.PublishAsync(Inbound("transfer",
        [
            Node("answer", "telephony.answer"),
            Node("dial", "telephony.dial", new { to = Agent }),
            Node("whisper", "telephony.say", new { text = "Customer on the line" }),
        ],
        [Edge("answer", "done", "dial"), Edge("dial", "answered", "whisper")]));

        var (call, result) = await _calls.CallAsync(Number);
        await _calls.FinishedAsync(result.InstanceId!);
        var dialled = await _calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling).WaitAsync(TimeSpan.FromSeconds(10));

        var inbound = await _calls.RecordOfAsync(call.Id);
        var outbound = await _calls.RecordOfAsync(dialled.CallId);
        foreach (var record in new[] { inbound, outbound })
        {
            record.FlowId.ShouldBe("transfer");
            record.InstanceId.ShouldBe(result.InstanceId);
            record.Disposition.ShouldBe(CallDisposition.Answered);
            record.Cause.ShouldBe(HangUpCause.Normal);
        }
        _calls.Transcript(dialled.CallId).ShouldContain("said \"Customer on the line\"");
        _calls.Transcript(call.Id).ShouldNotContain("said \"Customer on the line\"");
    }

    [Fact]
    public async Task FlowFaultsAfterDialling_TheDialledLegIsHungUpAsFailed()
    {
        var plan = _calls.Host.Compile(Flow("dial-then-fault",
            [Node("dial", "telephony.dial", new { to = Agent }), Node("boom", "control.run-script", new { script = "throw new Error('bug')" })],
            [Edge("dial", "answered", "boom")]));

        var settled = await _calls.Host.RunAsync(plan);

        settled.Status.ShouldBe(InstanceStatus.Faulted);
        var dialled = await _calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling).WaitAsync(TimeSpan.FromSeconds(10));
        (await _calls.RecordOfAsync(dialled.CallId)).Cause.ShouldBe(HangUpCause.Failed);
    }
}
