using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>Puts the caller in a call queue until an agent answers, the caller hangs up, or the maximum wait passes.</summary>
[Activity("telephony.enqueue", Category = "Telephony", DisplayName = "Enqueue", Waits = true,
    Description = "Puts the caller in a queue: they hear hold music (or the hold prompt) and their position until an agent answers, then talk to the agent. "
        + "'connected' when the agent hung up (the caller is still on the line), 'hangup' when the caller hung up (waiting or talking), "
        + "'timeout' when the maximum wait passed (the caller is still on the line, e.g. go to voicemail), 'failed' otherwise (output 'error').")]
[Outcomes("connected", CallOutcomes.HungUp, "timeout", CallOutcomes.Failed)]
[Output("agentId", "string", Description = "The agent who answered.")]
[Output("agentTarget", "string", Description = "The agent's extension or number.")]
[Output("calleeCallId", "string", Description = "The agent's call leg.")]
[Output("waitSeconds", "number", Description = "From entering the queue to the agent's answer (or to leaving).")]
[Output("positionOnEntry", "number", Description = "1 when nobody was waiting ahead.")]
[Output("talkSeconds", "number", Description = "How long the caller talked to the agent.")]
[Output("callId", "string")]
[Output("error", "string")]
public sealed partial class Enqueue(CallChannels channels, CallQueues queues, ICallQueueStore queueStore, IQueueCallStore queueCalls, PlacedCalls placed)
    : Activity<Enqueue.Inputs>
{
    public sealed record Inputs(
        [property: Required, Input(Description = "The queue's name (Call centre › Queues).")] Expression<string> Queue,
        [property: Range(0, 86400), Input(DisplayName = "Max wait (s)", Description = "Overrides the queue's maximum wait; 0 for no limit.")] Expression<double>? MaxWaitSeconds = null,
        [property: Input(DisplayName = "Hold music", Description = "Overrides the queue's hold music: a media-library file played in a loop.")] Expression<string>? HoldMusic = null,
        [property: Input(DisplayName = "Hold prompt", Description = "Overrides the queue's hold prompt: text spoken in a loop when there is no hold music.")] Expression<string>? HoldPrompt = null,
        [property: Input(Description = "Callers with a higher priority are served first; default 0.")] Expression<double>? Priority = null,
        [property: Input(Description = "Call id; empty for the flow's call.")] Expression<string>? Call = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        var name = context.Eval(inputs.Queue)?.Trim();
        if (string.IsNullOrEmpty(name)) return Fail(context, "Enqueue needs a queue ('queue' is empty).");
        if (!FlowCall.TryResolve(context, channels, inputs.Call, out var call)) return CallOutcomes.Failure;
        var queue = await queueStore.FindAsync(context.CompanyId, name, context.CancellationToken);
        if (queue is null) return Fail(context, $"There is no queue '{name}': create it under Call centre › Queues, or fix the node's 'queue' input.");
        var maxWait = context.Eval(inputs.MaxWaitSeconds, queue.MaxWaitSeconds);
        if (double.IsNaN(maxWait) || maxWait < 0) return Fail(context, $"The maximum wait must be 0 (no limit) or more seconds, not {maxWait}.");
        var priority = context.Eval(inputs.Priority, 0);
        if (double.IsNaN(priority)) return Fail(context, "The priority must be a number.");
        var hold = new QueueHoldSettings(
            QueueHoldSettings.HoldFor(Override(context, inputs.HoldMusic, queue.HoldMusic), Override(context, inputs.HoldPrompt, queue.HoldPrompt), context.CompanyId),
            queue.AnnounceEverySeconds > 0 ? TimeSpan.FromSeconds(queue.AnnounceEverySeconds) : null, queue.AnnouncePosition, queue.AnnounceWaitTime);

        var answer = await call.Channel.AnswerAsync(call.Id, context.CancellationToken);
        if (answer.Status != CallOperationStatus.Completed) return CallOutcomes.From(context, answer);

        var ticket = queues.Enter(queue, call.Id, call.Channel.Find(call.Id)?.From ?? "", (int)Math.Clamp(priority, int.MinValue, int.MaxValue));
        // Outputs are set when the node ends, not while it waits: the engine snapshots the instance when a step starts
        // waiting, and writing outputs from the waiting step at that moment races with that snapshot.
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal) { ["positionOnEntry"] = ticket.PositionOnEntry };
        var connected = false;
        try
        {
            var wait = await WaitAsync(context, call, ticket, hold, maxWait > 0 ? TimeSpan.FromSeconds(maxWait) : null);
            if (wait.Connection is not { } connection) return await GiveUpAsync(context, ticket, wait, outputs);
            connected = true;
            return await TalkAsync(context, call, ticket, connection, outputs);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested && !connected)
        {
            // The flow was cancelled while the caller waited: the stay is still on record.
            await WriteRecordAsync(context, ticket, QueueCallResult.Failed, context.Time.GetUtcNow());
            throw;
        }
        finally
        {
            queues.Leave(ticket);
            queues.EndCall(ticket);
            foreach (var (output, value) in outputs) context.SetOutput(output, value);
        }
    }

    /// <summary>The node's value when it gives one, else the queue's.</summary>
    private static string? Override(ActivityContext context, Expression<string>? input, string? queueValue) =>
        context.Eval(input, "") is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : queueValue;

    private static Outcome Fail(ActivityContext context, string error)
    {
        context.SetOutput("error", error);
        return CallOutcomes.Failure;
    }
}
