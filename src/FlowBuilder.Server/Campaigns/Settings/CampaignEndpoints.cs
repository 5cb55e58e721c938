using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Campaigns.Settings;

internal static class CampaignEndpoints
{
    public static async Task<Results<Ok<IReadOnlyList<CampaignView>>, ProblemHttpResult>> ListAsync(
        string? status, [FromServices] ICampaignStore store, ICompanyContext company, CancellationToken cancellationToken)
    {
        CampaignStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<CampaignStatus>(status.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
                return ApiProblems.BadRequest($"Unknown status '{status}'. Use draft, scheduled, active, paused, completed, error or archived.", ("path", "status"));
            wanted = parsed;
        }
        var campaigns = await store.ListAsync(company.CompanyId, cancellationToken);
        var shown = campaigns.Where(c => wanted is { } s ? c.Status == s : c.Status != CampaignStatus.Archived);
        var views = new List<CampaignView>();
        foreach (var campaign in shown) views.Add(CampaignView.From(campaign, await store.CountAsync(campaign.Id, cancellationToken)));
        return TypedResults.Ok<IReadOnlyList<CampaignView>>(views);
    }

    public static async Task<Results<Ok<CampaignView>, ProblemHttpResult>> GetAsync(
        string id, [FromServices] ICampaignStore store, ICompanyContext company, CancellationToken cancellationToken)
    {
        var campaign = await store.GetAsync(company.CompanyId, id, cancellationToken);
        return campaign is null ? CampaignProblems.NotFound(id) : TypedResults.Ok(await ViewAsync(store, campaign, cancellationToken));
    }

    public static async Task<Results<Created<CampaignView>, ProblemHttpResult>> CreateAsync(
        CampaignRequest? request, [FromServices] ICampaignStore store, [FromServices] CampaignRules rules, ICompanyContext company, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (request is null) return MissingBody();
        var errors = new ValidationErrors();
        var id = CampaignIds.New(request.Name ?? "");
        var campaign = await rules.BuildAsync(company.CompanyId, id, request, null, time.GetUtcNow(), errors, cancellationToken);
        if (campaign is null) return errors.ToProblem();
        await store.AddAsync(campaign, cancellationToken);
        return TypedResults.Created($"/api/campaigns/{campaign.Id}", CampaignView.From(campaign, CampaignCounts.Empty));
    }

    public static async Task<Results<Ok<CampaignView>, ProblemHttpResult>> UpdateAsync(
        string id, CampaignRequest? request, [FromServices] ICampaignStore store, [FromServices] CampaignRules rules, ICompanyContext company,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (existing is null) return CampaignProblems.NotFound(id);
        if (existing.Status is not (CampaignStatus.Draft or CampaignStatus.Paused))
            return CampaignProblems.Conflict(id, $"Campaign '{id}' is {Name(existing.Status)}: settings change only in draft or paused. Pause it first.");
        if (request is null) return MissingBody();
        var errors = new ValidationErrors();
        var campaign = await rules.BuildAsync(company.CompanyId, id, request, existing, time.GetUtcNow(), errors, cancellationToken);
        if (campaign is not null && existing.Status == CampaignStatus.Paused)
        {
            // The work queue was filled and the flow version pinned when it started.
            if (campaign.FlowId != existing.FlowId) errors.Add("flowId", $"The flow of a started campaign cannot change (it runs '{existing.FlowId}'). Create a new campaign instead.");
            if (!campaign.GroupIds.SequenceEqual(existing.GroupIds)) errors.Add("groupIds", "The groups of a started campaign cannot change: its contacts were queued when it started. Create a new campaign instead.");
        }
        if (campaign is null || errors.Any) return errors.ToProblem();
        await store.UpdateAsync(campaign, cancellationToken);
        return TypedResults.Ok(await ViewAsync(store, campaign, cancellationToken));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, [FromServices] ICampaignStore store, ICompanyContext company, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (existing is null) return CampaignProblems.NotFound(id);
        if (existing.Status is CampaignStatus.Active or CampaignStatus.Scheduled)
            return CampaignProblems.Conflict(id, $"Campaign '{id}' is {Name(existing.Status)}: stop or pause it before deleting it.");
        return await store.DeleteAsync(company.CompanyId, id, cancellationToken) ? TypedResults.NoContent() : CampaignProblems.NotFound(id);
    }

    public static async Task<CampaignView> ViewAsync(ICampaignStore store, Campaign campaign, CancellationToken cancellationToken) =>
        CampaignView.From(campaign, await store.CountAsync(campaign.Id, cancellationToken));

    public static string Name(CampaignStatus status) => status.ToString().ToLowerInvariant();

    private static ProblemHttpResult MissingBody() =>
        ApiProblems.BadRequest("Send the campaign as a JSON body: { \"name\": \"...\", \"flowId\": \"...\", \"groupIds\": [\"...\"], \"mode\": \"autoInformer\", \"maxConcurrentCalls\": 10 }.", ("path", "$"));
}
