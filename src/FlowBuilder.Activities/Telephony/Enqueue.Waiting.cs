using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

public sealed partial class Enqueue
{
    /// <summary>How the wait ended: an agent answered (<see cref="Connection"/>), the caller hung up, or the maximum wait passed.</summary>
    private readonly record struct WaitEnd(QueueConnection? Connection, bool CallerHungUp, bool TimedOut);

    private async Task<WaitEnd> WaitAsync(ActivityContext context, FlowCall call, QueueTicket ticket, QueueHoldSettings settings, TimeSpan? maxWait)
    {
        using var limit = maxWait is { } max ? new CancellationTokenSource(max, context.Time) : new CancellationTokenSource();
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, limit.Token);
        var instanceId = context.InstanceId;
        var dialing = new QueueDialing(call.Channel, NullIfEmpty(ticket.Caller), new CallOwner(context.CompanyId, context.FlowId, instanceId),
            legId => placed.Track(instanceId, call.Channel, legId));
        var holding = new QueueHold(call.Channel, call.Id, queues, ticket, settings, context.Time).RunAsync(waiting.Token);
        var connecting = queues.WaitForAgentAsync(ticket, dialing, waiting.Token);
        await Task.WhenAny(holding, connecting);
        // Either way the other one stops: the hold audio when an agent answered, the ringing when the caller hung up.
        await waiting.CancelAsync();
        var callerHungUp = await holding;
        QueueConnection? connection = null;
        try
        {
            connection = await connecting;
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
        }
        return new WaitEnd(connection, callerHungUp, connection is null && !callerHungUp && limit.IsCancellationRequested);
    }

    private async Task<Outcome> GiveUpAsync(ActivityContext context, QueueTicket ticket, WaitEnd wait, Dictionary<string, object?> outputs)
    {
        queues.Leave(ticket);
        var result = wait.CallerHungUp ? QueueCallResult.Abandoned : wait.TimedOut ? QueueCallResult.TimedOut : QueueCallResult.Failed;
        var record = await WriteRecordAsync(context, ticket, result, context.Time.GetUtcNow());
        outputs["waitSeconds"] = Math.Round(record.WaitSeconds, 3);
        return result switch
        {
            QueueCallResult.Abandoned => Outcome.To(CallOutcomes.HungUp),
            QueueCallResult.TimedOut => Outcome.To("timeout"),
            _ => Fail(outputs, $"The wait in queue '{ticket.Queue.Name}' ended without an agent."),
        };
    }

    private async Task<QueueCallRecord> WriteRecordAsync(
        ActivityContext context, QueueTicket ticket, QueueCallResult result, DateTimeOffset leftAt, string? agentId = null, DateTimeOffset? talkEndedAt = null)
    {
        var record = new QueueCallRecord(Guid.NewGuid().ToString("N"), ticket.Queue.CompanyId, ticket.Queue.Name, ticket.CallId, ticket.Caller,
            ticket.EnteredAt, leftAt, result, agentId, talkEndedAt);
        try
        {
            await queueCalls.AddAsync(record, CancellationToken.None);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            context.Logger.LogQueueRecordFailed(error, ticket.CallId, ticket.Queue.Name);
        }
        return record;
    }

    private static Outcome Fail(Dictionary<string, object?> outputs, string error)
    {
        outputs["error"] = error;
        return CallOutcomes.Failure;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
