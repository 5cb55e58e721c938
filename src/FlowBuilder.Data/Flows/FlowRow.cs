using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;

namespace FlowBuilder.Data.Flows;

internal sealed class FlowRow
{
    public string CompanyId { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public FlowStatus Status { get; set; }

    /// <summary>The draft as written by <see cref="FlowJson.Serialize"/>.</summary>
    public string DraftJson { get; set; } = "";

    public long Revision { get; set; }
    public int? LatestVersion { get; set; }
    public int? PublishedVersion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public StoredFlow ToStoredFlow() =>
        new(CompanyId, Id, Name, Status, FlowJson.Parse(DraftJson), Revision, LatestVersion, PublishedVersion, CreatedAt, UpdatedAt);
}
