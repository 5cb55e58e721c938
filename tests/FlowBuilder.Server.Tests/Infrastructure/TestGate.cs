namespace FlowBuilder.Server.Tests.Infrastructure;

/// <summary>Holds <see cref="GateActivity"/> nodes until the test opens it.</summary>
public sealed class TestGate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task PassAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(cancellationToken);

    public void Open() => _open.TrySetResult();
}
