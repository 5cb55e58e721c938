using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Engine.Tests;

/// <summary>Throws until it has been called <c>failures</c> times, then succeeds.</summary>
[Activity("test.flaky", Category = "Test")]
public sealed class Flaky : Activity<Flaky.Inputs>
{
    public int Calls;

    public sealed record Inputs(int Failures);

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var call = Interlocked.Increment(ref Calls);
        if (call <= inputs.Failures) throw new IOException($"attempt {context.Attempt} failed");
        context.SetOutput("attempt", context.Attempt);
        return ValueTask.FromResult(Outcome.Done);
    }
}

/// <summary>Records how many threads are inside it at once (must never exceed one per instance).</summary>
[Activity("test.probe", Category = "Test")]
public sealed class Probe : Activity<NoInputs>
{
    private int _inside;
    public int MaxInside;
    public int Runs;

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, NoInputs inputs)
    {
        var now = Interlocked.Increment(ref _inside);
        InterlockedMax(ref MaxInside, now);
        await Task.Yield();
        Interlocked.Increment(ref Runs);
        Interlocked.Decrement(ref _inside);
        return Outcome.Done;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

/// <summary>Waits on the instance's cancellation token: a step that only cancellation ends.</summary>
[Activity("test.hang", Category = "Test")]
public sealed class Hang : Activity<NoInputs>
{
    public readonly TaskCompletionSource Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, NoInputs inputs)
    {
        Entered.TrySetResult();
        await Task.Delay(Timeout.Infinite, context.CancellationToken);
        return Outcome.Done;
    }
}

/// <summary>Blocks its thread until released: a step that has not returned yet.</summary>
[Activity("test.block", Category = "Test")]
public sealed class Block : Activity<NoInputs>
{
    public readonly TaskCompletionSource Entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public readonly ManualResetEventSlim Release = new();

    protected override ValueTask<Outcome> ExecuteAsync(ActivityContext context, NoInputs inputs)
    {
        Entered.TrySetResult();
        Release.Wait(TimeSpan.FromSeconds(30));
        return ValueTask.FromResult(Outcome.Done);
    }
}
