using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Activities.Tests;

public sealed class ControlActivityTests : IAsyncLifetime
{
    private readonly TestEngine _host = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SetVariable_StoresObjectsFromScripts()
    {
        var plan = _host.Compile(Flow("f",
            [Node("set", "control.set-variable", new { variable = "customer", value = "js: ({ name: 'Ada', tags: ['vip'] })" }), Node("end", "control.end", new { result = "{{vars.customer.name}} {{vars.customer.tags.[0]}}" })],
            [Edge("set", "done", "end")]));
        (await _host.RunAsync(plan)).Result.ShouldBe("Ada vip");
    }

    [Fact]
    public async Task Delay_NegativeSeconds_FaultsWithAReason()
    {
        var settled = await _host.RunAsync(_host.Compile(Flow("f", [Node("wait", "control.delay", new { seconds = "js: -5" })])));
        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultMessage.ShouldNotBeNull().ShouldContain("0 or more");
    }

    [Fact]
    public async Task WaitForEvent_IgnoresOtherCorrelationKeys()
    {
        var plan = _host.Compile(Flow("f",
            [Node("wait", "control.wait-for-event", new { @event = "callback", correlationKey = "{{input.order}}" }), Node("end", "control.end", new { result = "js: outputs.wait.payload" })],
            [Edge("wait", "received", "end")]));
        var first = await _host.RunAsync(plan, new() { ["order"] = "A-1" });
        await _host.Engine.DeliverAsync(first.InstanceId, new Stimulus("callback", "wrong", "B-2"));
        var done = _host.Engine.WhenSettledAsync(first.InstanceId, s => s.Status.IsFinished());
        await _host.Engine.DeliverAsync(first.InstanceId, new Stimulus("callback", "right", "A-1"));
        (await done.WaitAsync(TimeSpan.FromSeconds(10))).Result.ShouldBe("right");
    }

    [Fact]
    public async Task WaitForEvent_ByBookmark_FindsTheInstanceFromItsKey()
    {
        var plan = _host.Compile(Flow("f", [Node("wait", "control.wait-for-event", new { @event = "confirm", correlationKey = "{{input.order}}" })]));
        var first = await _host.RunAsync(plan, new() { ["order"] = "Z-9" });
        var done = _host.Engine.WhenSettledAsync(first.InstanceId, s => s.Status.IsFinished());
        var (result, instanceId) = await _host.Engine.DeliverByBookmarkAsync(new Stimulus("confirm", null, "Z-9"));
        result.ShouldBe(DeliveryResult.Accepted);
        instanceId.ShouldBe(first.InstanceId);
        (await done.WaitAsync(TimeSpan.FromSeconds(10))).Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task CallSubflow_FaultingChild_TakesFailedWithTheChildsFault()
    {
        var child = Flow("child", [Node("boom", "control.run-script", new { script = "throw new Error('child broke')" })]);
        await _host.Flows.CreateAsync("default", child, default);
        await _host.Flows.PublishAsync("default", "child", child, null, default);
        var plan = _host.Compile(Flow("parent",
            [Node("call", "control.call-subflow", new { flowId = "child" }), Node("end", "control.end", new { result = "js: outputs.call.status + ': ' + outputs.call.fault" })],
            [Edge("call", "failed", "end")]));
        var first = await _host.RunAsync(plan);
        var settled = first.Status.IsFinished() ? first : await _host.Engine.WhenSettledAsync(first.InstanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        settled.Result.ShouldBeOfType<string>().ShouldContain("Faulted: JavaScript error");
    }

    [Fact]
    public async Task CallSubflow_UnknownFlow_FaultsTheNode()
    {
        var settled = await _host.RunAsync(_host.Compile(Flow("parent", [Node("call", "control.call-subflow", new { flowId = "missing" })])));
        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultMessage.ShouldNotBeNull().ShouldContain("'missing' does not exist");
    }

    [Fact]
    public async Task HttpResponse_RepliesWithStatusHeadersAndBody()
    {
        var plan = _host.Compile(Flow("f", [Node("reply", "http.response", new
        {
            statusCode = 202,
            body = "js: ({ ok: true })",
            headers = new[] { new { name = "X-Order", value = "{{trigger.id}}" } },
            contentType = "application/json",
        })]));
        var handle = _host.Engine.Start(plan, new StartRequest("default", "f", Trigger: new Dictionary<string, object?> { ["id"] = "77" }));
        var reply = (await handle.Reply.WaitAsync(TimeSpan.FromSeconds(10))).ShouldNotBeNull();
        reply.StatusCode.ShouldBe(202);
        reply.Headers!["x-order"].ShouldBe("77");
        reply.Body.ShouldBe(new Dictionary<string, object?> { ["ok"] = true });
    }

    [Fact]
    public async Task HttpResponse_StatusOutOfRange_Faults()
    {
        var settled = await _host.RunAsync(_host.Compile(Flow("f", [Node("reply", "http.response", new { statusCode = "js: 42" })])));
        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultMessage.ShouldNotBeNull().ShouldContain("42");
    }

    [Fact]
    public async Task Log_SetsItsMessageAsOutput()
    {
        var settled = await _host.RunAsync(_host.Compile(Flow("f",
            [Node("log", "control.log", new { message = "n={{vars.n}}", level = "warning" }), Node("end", "control.end", new { result = "js: outputs.log.message" })],
            [Edge("log", "done", "end")]) with { Variables = [new() { Name = "n", Default = System.Text.Json.JsonSerializer.SerializeToElement(3) }] }));
        settled.Result.ShouldBe("n=3");
    }

    [Fact]
    public async Task RunScript_PlainTextIsJavaScript_AndItsResultIsAnOutput()
    {
        var settled = await _host.RunAsync(_host.Compile(Flow("f",
            [Node("calc", "control.run-script", new { script = "var a = [3, 1, 2];\na.sort();\nreturn a.join('-');" }), Node("end", "control.end", new { result = "js: outputs.calc.result" })],
            [Edge("calc", "done", "end")])));
        settled.Result.ShouldBe("1-2-3");
    }
}
