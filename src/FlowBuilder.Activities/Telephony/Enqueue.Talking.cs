using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

public sealed partial class Enqueue
{
    /// <summary>Bridges the caller to the agent who answered until one hangs up; writes the answered record.</summary>
    private async Task<Outcome> TalkAsync(ActivityContext context, FlowCall call, QueueTicket ticket, QueueConnection connection, Dictionary<string, object?> outputs)
    {
        var agentLeg = connection.AgentCall.Id;
        outputs["agentId"] = connection.AgentId;
        outputs["agentTarget"] = connection.AgentTarget;
        outputs["calleeCallId"] = agentLeg;
        outputs["waitSeconds"] = Math.Round((connection.AnsweredAt - ticket.EnteredAt).TotalSeconds, 3);
        BridgeResult bridge;
        try
        {
            bridge = await call.Channel.BridgeAsync(call.Id, agentLeg, BridgeOptions.Default, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            bridge = BridgeResult.Unbridged;
        }
        var talkEnded = context.Time.GetUtcNow();
        queues.EndCall(ticket);
        outputs["talkSeconds"] = Math.Round((talkEnded - connection.AnsweredAt).TotalSeconds, 3);
        await WriteRecordAsync(context, ticket, QueueCallResult.Answered, connection.AnsweredAt, connection.AgentId, talkEnded);

        var agentEnded = bridge is { Status: BridgeStatus.HungUp } && bridge.EndedCallId == agentLeg;
        if (!agentEnded) await call.Channel.HangUpAsync(agentLeg, HangUpCause.Normal, CancellationToken.None);
        switch (bridge.Status)
        {
            case BridgeStatus.HungUp when agentEnded && bridge.Cause is HangUpCause.MediaTimeout or HangUpCause.Failed:
                // The agent's leg failed mid-call: the caller is not left in silence.
                await call.Channel.HangUpAsync(call.Id, HangUpCause.Normal, CancellationToken.None);
                outputs["error"] = $"The agent's call failed ({bridge.Cause}); the caller was hung up.";
                return Outcome.To(CallOutcomes.HungUp);
            case BridgeStatus.HungUp when agentEnded:
            case BridgeStatus.TransferRequested:
                return Outcome.To("connected");
            case BridgeStatus.HungUp:
                return Outcome.To(CallOutcomes.HungUp);
            case BridgeStatus.Unbridged:
                context.CancellationToken.ThrowIfCancellationRequested();
                return Outcome.To("connected");
            default:
                return Fail(outputs, bridge.Error ?? $"The caller could not be connected to agent '{connection.AgentId}'.");
        }
    }
}
