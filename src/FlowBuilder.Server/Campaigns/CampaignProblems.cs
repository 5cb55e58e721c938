using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns;

internal static class CampaignProblems
{
    public static ProblemHttpResult NotFound(string campaignId) =>
        ApiProblems.NotFound("Campaign not found", $"No campaign '{campaignId}' exists. List campaigns at /api/campaigns.", ("campaignId", campaignId));

    public static ProblemHttpResult Conflict(string campaignId, string detail) =>
        ApiProblems.Conflict("Wrong campaign status", detail, ("campaignId", campaignId));

    /// <summary>A refused start, pause, resume or stop: <c>not-found</c> → 404, <c>conflict</c> → 409, <c>invalid</c> → 422.</summary>
    public static ProblemHttpResult From(string campaignId, CampaignCommandResult result) => result.Problem switch
    {
        "not-found" => NotFound(campaignId),
        "conflict" => Conflict(campaignId, result.Error ?? $"Campaign '{campaignId}' cannot do that in its status."),
        _ => ValidationErrors.One("campaign", result.Error ?? $"Campaign '{campaignId}' cannot be started as it is.", "Campaign not ready"),
    };
}
