using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Runtime;

public sealed partial class FlowEngine
{
    /// <summary>
    /// Run once at start: suspended instances get their timers back (an overdue one fires at once)
    /// and wait in memory for their stimuli. An instance that was running when the process stopped is
    /// faulted with an <c>interrupted</c> incident rather than run again, so no step with side effects
    /// (a call, an SMS) is repeated behind the user's back.
    /// </summary>
    public async Task<RecoveryReport> RecoverAsync(CancellationToken cancellationToken = default)
    {
        var unfinished = await _store.ListUnfinishedAsync(cancellationToken).ConfigureAwait(false);
        int resumed = 0, interrupted = 0, failed = 0;
        foreach (var snapshot in unfinished)
        {
            try
            {
                var plan = await Plans.GetAsync(snapshot.CompanyId, snapshot.FlowId, snapshot.FlowVersion, cancellationToken).ConfigureAwait(false);
                var actor = InstanceActor.Restore(this, plan, snapshot);
                if (snapshot.Status == InstanceStatus.Running)
                {
                    actor.MarkInterrupted();
                    interrupted++;
                    continue;
                }
                if (!_actors.TryAdd(snapshot.Id, actor)) continue;
                if (snapshot.Bookmark is { } bookmark) IndexBookmark(snapshot.Id, bookmark);
                if (snapshot.Bookmark?.ResumeAt is { } due) Timers.Schedule(snapshot.Id, snapshot.Bookmark.Id, due);
                resumed++;
            }
            catch (Exception error)
            {
                failed++;
                Logger.LogError(error, "Instance {InstanceId} of flow {FlowId} v{Version} could not be recovered", snapshot.Id, snapshot.FlowId, snapshot.FlowVersion);
            }
        }
        Logger.LogInformation("Recovered {Resumed} waiting instances; {Interrupted} interrupted, {Failed} failed", resumed, interrupted, failed);
        return new RecoveryReport(resumed, interrupted, failed);
    }
}
