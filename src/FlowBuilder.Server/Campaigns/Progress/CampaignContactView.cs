using System.Text.Json.Nodes;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Instances;

namespace FlowBuilder.Server.Campaigns.Progress;

/// <summary>One contact's row in a campaign's work queue, with the contact's name from its group.</summary>
internal sealed record CampaignContactView(
    string ContactId,
    string Phone,
    string? Name,
    CampaignContactState State,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    AttemptDisposition? LastDisposition,
    JsonNode? Result,
    bool Converted,
    string? Reason,
    string? Operator)
{
    public static CampaignContactView From(CampaignContact c, string? name) =>
        new(c.ContactId, c.Phone, name, c.State, c.Attempts, c.NextAttemptAt, c.LastDisposition, JsonText.Parse(c.Result), c.Converted, c.Reason, c.Operator);
}
