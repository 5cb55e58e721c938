using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Campaigns.OperatorPage;

internal static class OperatorListEndpoint
{
    public static async Task<Results<Ok<IReadOnlyList<OperatorView>>, ProblemHttpResult>> ListAsync(
        string id, [FromServices] ICampaignStore store, [FromServices] IOperatorDesk desk, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(company.CompanyId, id, cancellationToken) is null) return CampaignProblems.NotFound(id);
        return TypedResults.Ok(desk.List(id));
    }
}
