using System.Threading.Channels;
using FlowBuilder.Cli.Hosting;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Cli.Run;

/// <summary>
/// Runs one instance in this process until it finishes, or until it waits for something only the
/// outside world can send. Waits on a timer (a delay, a wait's timeout) that falls due within the
/// time limit are sat out, so a flow with delays runs to its end.
/// </summary>
internal sealed class InstanceRunner(LocalEngine local, TimeProvider time)
{
    public const string CompanyId = "default";

    public async Task<RunReport> RunAsync(ExecutablePlan plan, Dictionary<string, object?> input, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var engine = local.Engine;
        var instanceId = Guid.NewGuid().ToString("N");
        var settles = Channel.CreateUnbounded<InstanceSettled>();
        void OnSettled(InstanceSettled settled)
        {
            if (settled.InstanceId == instanceId) settles.Writer.TryWrite(settled);
        }

        engine.Settled += OnSettled;
        try
        {
            var deadline = time.GetUtcNow() + timeout;
            engine.Start(plan, new StartRequest(CompanyId, plan.FlowId, plan.Version, input, InstanceId: instanceId));
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            InstanceSettled? last = null;
            ActiveBookmark? waitingOn = null;
            var timedOut = false;
            while (true)
            {
                try
                {
                    last = await settles.Reader.ReadAsync(limit.Token);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    timedOut = true;
                    break;
                }
                if (last.Status.IsFinished())
                {
                    waitingOn = null;
                    break;
                }
                await engine.FlushAsync();
                var snapshot = await local.Store.GetAsync(instanceId, cancellationToken);
                if (snapshot is not { Status: InstanceStatus.Suspended, Bookmark: { } bookmark }) continue; // it has moved on already
                waitingOn = bookmark;
                if (bookmark.ResumeAt is { } due && due <= deadline) continue; // a timer we can sit out
                break;
            }
            await engine.FlushAsync();
            var journal = await local.Store.GetJournalAsync(instanceId, cancellationToken);
            var incidents = await local.Store.GetIncidentsAsync(instanceId, cancellationToken);
            return new RunReport(instanceId, last, waitingOn, timedOut, journal, incidents);
        }
        finally
        {
            engine.Settled -= OnSettled;
        }
    }
}
