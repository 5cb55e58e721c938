using FlowBuilder.Data.Context;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.CallCentre;

internal sealed class CallQueueRow
{
    public string CompanyId { get; set; } = "";
    public string Name { get; set; } = "";
    public string AgentsJson { get; set; } = "[]";
    public QueueStrategy Strategy { get; set; }
    public string? HoldPrompt { get; set; }
    public string? HoldMusic { get; set; }
    public int AnnounceEverySeconds { get; set; }
    public bool AnnouncePosition { get; set; }
    public bool AnnounceWaitTime { get; set; }
    public int MaxWaitSeconds { get; set; }
    public int AgentRingSeconds { get; set; }
    public int WrapUpSeconds { get; set; }
    public int ServiceLevelSeconds { get; set; }

    public static CallQueueRow Of(CallQueueDefinition queue) => new CallQueueRow().CopyFrom(queue);

    public CallQueueRow CopyFrom(CallQueueDefinition queue)
    {
        CompanyId = queue.CompanyId;
        Name = queue.Name;
        AgentsJson = ColumnJson.Write(queue.Agents);
        Strategy = queue.Strategy;
        HoldPrompt = queue.HoldPrompt;
        HoldMusic = queue.HoldMusic;
        AnnounceEverySeconds = queue.AnnounceEverySeconds;
        AnnouncePosition = queue.AnnouncePosition;
        AnnounceWaitTime = queue.AnnounceWaitTime;
        MaxWaitSeconds = queue.MaxWaitSeconds;
        AgentRingSeconds = queue.AgentRingSeconds;
        WrapUpSeconds = queue.WrapUpSeconds;
        ServiceLevelSeconds = queue.ServiceLevelSeconds;
        return this;
    }

    public CallQueueDefinition ToQueue() => new(CompanyId, Name, ColumnJson.Read<List<QueueAgentDefinition>>(AgentsJson))
    {
        Strategy = Strategy,
        HoldPrompt = HoldPrompt,
        HoldMusic = HoldMusic,
        AnnounceEverySeconds = AnnounceEverySeconds,
        AnnouncePosition = AnnouncePosition,
        AnnounceWaitTime = AnnounceWaitTime,
        MaxWaitSeconds = MaxWaitSeconds,
        AgentRingSeconds = AgentRingSeconds,
        WrapUpSeconds = WrapUpSeconds,
        ServiceLevelSeconds = ServiceLevelSeconds,
    };
}
