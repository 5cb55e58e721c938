using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Data.Tests.Support;

internal static class TestInstances
{
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 30, 15, TimeSpan.FromHours(2));

    public static InstanceSnapshot Snapshot(string id, long revision = 1, InstanceStatus status = InstanceStatus.Running, string companyId = "default",
        string flowId = "welcome", DateTimeOffset? createdAt = null, ActiveBookmark? bookmark = null, string? correlationId = null) => new()
    {
        Id = id,
        CompanyId = companyId,
        FlowId = flowId,
        FlowVersion = 3,
        Status = status,
        Revision = revision,
        CurrentNodeId = "greet",
        VariablesJson = $$"""{"attempts":{{revision}}}""",
        InputJson = """{"caller":"+4930123"}""",
        OutputsJson = "{}",
        Bookmark = bookmark,
        CorrelationId = correlationId,
        StepCount = (int)revision,
        JournalSequence = revision,
        CreatedAt = createdAt ?? Start,
        UpdatedAt = (createdAt ?? Start).AddSeconds(revision),
    };

    public static ActiveBookmark Bookmark(string name = "sms.reply", string? correlationKey = "+4930123") =>
        new("bm-1", "wait", name, correlationKey, Start.AddMinutes(5), """{"timeout":300}""", Start.AddTicks(1234567));

    public static JournalEntry Journal(string instanceId, long sequence, string outcome = "done", string companyId = "default") =>
        new(instanceId, sequence, companyId, $"node-{sequence}", "control.log@1", outcome, Start.AddMilliseconds(sequence), 1.25 * sequence, """{"message":"hi"}""", null, null);

    public static Incident Incident(string id, string instanceId, DateTimeOffset occurredAt) =>
        new(id, instanceId, "default", "welcome", 3, "greet", IncidentKinds.Fault, "Node 'greet' failed: boom", occurredAt);

    public static PersistenceBatch Batch(params InstanceSnapshot[] snapshots) => new(snapshots, [], []);
}
