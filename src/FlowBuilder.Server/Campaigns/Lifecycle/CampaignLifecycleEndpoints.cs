using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Campaigns.Settings;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Campaigns.Lifecycle;

/// <summary>Start, pause, resume and stop go to the dialer (<see cref="ICampaignControl"/>); archive is the API's own.</summary>
internal static class CampaignLifecycleEndpoints
{
    public static Task<Results<Ok<CampaignView>, ProblemHttpResult>> StartAsync(string id, [FromServices] ICampaignControl control, [FromServices] ICampaignStore store,
        ICompanyContext company, CancellationToken cancellationToken) =>
        RunAsync(id, store, cancellationToken, control.StartAsync(company.CompanyId, id, cancellationToken));

    public static Task<Results<Ok<CampaignView>, ProblemHttpResult>> PauseAsync(string id, [FromServices] ICampaignControl control, [FromServices] ICampaignStore store,
        ICompanyContext company, CancellationToken cancellationToken) =>
        RunAsync(id, store, cancellationToken, control.PauseAsync(company.CompanyId, id, cancellationToken));

    public static Task<Results<Ok<CampaignView>, ProblemHttpResult>> ResumeAsync(string id, [FromServices] ICampaignControl control, [FromServices] ICampaignStore store,
        ICompanyContext company, CancellationToken cancellationToken) =>
        RunAsync(id, store, cancellationToken, control.ResumeAsync(company.CompanyId, id, cancellationToken));

    public static Task<Results<Ok<CampaignView>, ProblemHttpResult>> StopAsync(string id, [FromServices] ICampaignControl control, [FromServices] ICampaignStore store,
        ICompanyContext company, CancellationToken cancellationToken) =>
        RunAsync(id, store, cancellationToken, control.StopAsync(company.CompanyId, id, cancellationToken));

    /// <summary>Draft, Completed or Error → Archived: read-only and hidden from the default list.</summary>
    public static async Task<Results<Ok<CampaignView>, ProblemHttpResult>> ArchiveAsync(string id, [FromServices] ICampaignStore store, ICompanyContext company,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var campaign = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (campaign is null) return CampaignProblems.NotFound(id);
        if (campaign.Status is not (CampaignStatus.Draft or CampaignStatus.Completed or CampaignStatus.Error or CampaignStatus.Archived))
            return CampaignProblems.Conflict(id, $"Campaign '{id}' is {CampaignEndpoints.Name(campaign.Status)}: stop it before archiving it.");
        if (campaign.Status != CampaignStatus.Archived)
        {
            campaign = campaign with { Status = CampaignStatus.Archived, UpdatedAt = time.GetUtcNow() };
            await store.UpdateAsync(campaign, cancellationToken);
        }
        return TypedResults.Ok(await CampaignEndpoints.ViewAsync(store, campaign, cancellationToken));
    }

    private static async Task<Results<Ok<CampaignView>, ProblemHttpResult>> RunAsync(string id, ICampaignStore store, CancellationToken cancellationToken,
        ValueTask<CampaignCommandResult> command)
    {
        var result = await command;
        if (!result.Succeeded || result.Campaign is null) return CampaignProblems.From(id, result);
        return TypedResults.Ok(await CampaignEndpoints.ViewAsync(store, result.Campaign, cancellationToken));
    }
}
