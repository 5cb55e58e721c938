using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.ClickToCall;

internal static class ClickToCallProblems
{
    public static ProblemHttpResult CampaignNotFound(string campaignId) =>
        ApiProblems.NotFound("Click-to-call campaign not found", $"No click-to-call campaign '{campaignId}' exists. List them at /api/click-to-call/campaigns.",
            ("campaignId", campaignId));

    public static ProblemHttpResult RequestNotFound(string requestId) =>
        ApiProblems.NotFound("Callback request not found", $"No callback request '{requestId}' exists. List them at /api/click-to-call/requests.",
            ("requestId", requestId));

    public static ProblemHttpResult CampaignConflict(string campaignId, string detail) =>
        ApiProblems.Conflict("Wrong campaign status", detail, ("campaignId", campaignId));

    public static ProblemHttpResult RequestConflict(string requestId, string detail) =>
        ApiProblems.Conflict("Wrong request status", detail, ("requestId", requestId));

    public static ProblemHttpResult MissingBody(string example) =>
        ApiProblems.BadRequest($"Send a JSON body: {example}.", ("path", "$"));
}
