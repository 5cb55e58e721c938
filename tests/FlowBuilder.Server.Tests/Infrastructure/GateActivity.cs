using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Server.Tests.Infrastructure;

/// <summary>A step that does not finish until the test opens the <see cref="TestGate"/>: a flow that is
/// busy (not suspended) for as long as the test wants.</summary>
[Activity("test.gate", Category = "Test", DisplayName = "Gate")]
public sealed class GateActivity(TestGate gate) : Activity<NoInputs>
{
    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, NoInputs inputs)
    {
        await gate.PassAsync(context.CancellationToken);
        return Outcome.Done;
    }
}
