using System.Text.Json;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Testing;

namespace FlowBuilder.Conformance.Tests;

/// <summary>Runs every flow in tests/conformance/run and checks it against its expectations, and
/// checks that every flow in tests/conformance/invalid is refused with exactly the listed problems.</summary>
public sealed class ConformanceSuite
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "conformance");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> RunCases() => Cases("run");

    public static TheoryData<string> InvalidCases() => Cases("invalid");

    private static TheoryData<string> Cases(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, folder), "*.flow.json").Order()) data.Add(Path.GetFileName(file)[..^".flow.json".Length]);
        return data;
    }

    [Theory]
    [MemberData(nameof(RunCases))]
    public async Task Flow_ProducesItsExpectedTranscript(string name)
    {
        var folder = Path.Combine(Root, "run");
        var expected = JsonSerializer.Deserialize<ConformanceCase>(File.ReadAllText(Path.Combine(folder, name + ".expect.json")), Json)!;
        await using var host = new TestEngine(options: o => o.StepLimit = expected.StepLimit ?? o.StepLimit);
        foreach (var other in expected.Publish)
        {
            var child = FlowJson.Parse(File.ReadAllText(Path.Combine(folder, other)));
            await host.Flows.CreateAsync("default", child, default);
            await host.Flows.PublishAsync("default", child.Id, child, null, default);
        }
        var plan = host.Compile(File.ReadAllText(Path.Combine(folder, name + ".flow.json")));
        var input = expected.Input?.ToDictionary(p => p.Key, p => FlowValues.FromJson(p.Value));
        var handle = host.Engine.Start(plan, new StartRequest("default", plan.FlowId, Input: input, Trigger: expected.Trigger is { } t ? FlowValues.FromJson(t) : null));
        var settled = await handle.Settled.WaitAsync(TimeSpan.FromSeconds(30));
        foreach (var step in expected.Steps)
        {
            if (settled.Status.IsFinished()) break;
            var next = host.Engine.WhenSettledAsync(handle.InstanceId);
            if (step.Advance is { } seconds) host.Clock.Advance(TimeSpan.FromSeconds(seconds));
            if (step.Stimulus is { } stimulus)
                (await host.Engine.DeliverAsync(handle.InstanceId, new Stimulus(stimulus, step.Payload is { } p ? FlowValues.FromJson(p) : null, step.CorrelationKey))).ShouldBe(DeliveryResult.Accepted);
            if (step.Settles) settled = await next.WaitAsync(TimeSpan.FromSeconds(30));
        }
        if (!settled.Status.IsFinished() && expected.Status != nameof(InstanceStatus.Suspended))
            settled = await host.Engine.WhenSettledAsync(handle.InstanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(30));

        (await host.TranscriptAsync(handle.InstanceId)).ShouldBe(expected.Transcript, $"transcript of {name}");
        settled.Status.ToString().ShouldBe(expected.Status, $"status of {name}");
        if (expected.Result is { } result) FlowValues.ToCompactJson(settled.Result).ShouldBe(FlowValues.ToCompactJson(FlowValues.FromJson(result)), $"result of {name}");
        if (expected.FaultContains is { } fault) settled.FaultMessage.ShouldNotBeNull().ShouldContain(fault);
        if (expected.Reply is { } reply)
        {
            var actual = (await handle.Reply).ShouldNotBeNull();
            actual.StatusCode.ShouldBe(reply.Status);
            if (reply.Body is { } body) FlowValues.ToCompactJson(actual.Body).ShouldBe(FlowValues.ToCompactJson(FlowValues.FromJson(body)));
        }
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public async Task InvalidFlow_IsRefusedWithEveryListedProblem(string name)
    {
        var folder = Path.Combine(Root, "invalid");
        var expected = JsonSerializer.Deserialize<List<ExpectedProblem>>(File.ReadAllText(Path.Combine(folder, name + ".problems.json")), Json)!;
        await using var host = new TestEngine();
        var report = host.Compiler.Validate(FlowJson.Parse(File.ReadAllText(Path.Combine(folder, name + ".flow.json"))));
        var actual = report.Problems.Select(p => new ExpectedProblem(p.Severity.ToString().ToLowerInvariant(), p.Code, p.Path, p.NodeId)).ToList();
        actual.ShouldBe(expected, ignoreOrder: true, $"problems of {name}: {string.Join("; ", report.Problems)}");
    }

    public sealed record ExpectedProblem(string Severity, string Code, string Path, string? NodeId);
}
