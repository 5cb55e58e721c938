using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Campaigns.Settings;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.ClickToCall.Settings;

internal static class ClickToCallCampaignEndpoints
{
    private const string Example = "{ \"name\": \"Shop banner\", \"operators\": [\"ext:101\"], \"price\": 0.50, \"currency\": \"EUR\" }";

    public static async Task<Ok<IReadOnlyList<ClickToCallCampaignView>>> ListAsync(bool? includeArchived, [FromServices] IClickToCallCampaignStore store,
        [FromServices] ICallbackRequestStore requests, ICompanyContext company, CancellationToken cancellationToken)
    {
        var campaigns = await store.ListAsync(company.CompanyId, includeArchived ?? false, cancellationToken);
        var views = new List<ClickToCallCampaignView>(campaigns.Count);
        foreach (var campaign in campaigns) views.Add(await ViewAsync(requests, campaign, cancellationToken));
        return TypedResults.Ok<IReadOnlyList<ClickToCallCampaignView>>(views);
    }

    public static async Task<Results<Ok<ClickToCallCampaignView>, ProblemHttpResult>> GetAsync(string id, [FromServices] IClickToCallCampaignStore store,
        [FromServices] ICallbackRequestStore requests, ICompanyContext company, CancellationToken cancellationToken)
    {
        var campaign = await store.GetAsync(company.CompanyId, id, cancellationToken);
        return campaign is null ? ClickToCallProblems.CampaignNotFound(id) : TypedResults.Ok(await ViewAsync(requests, campaign, cancellationToken));
    }

    public static async Task<Results<Created<ClickToCallCampaignView>, ProblemHttpResult>> CreateAsync(ClickToCallCampaignRequest? request,
        [FromServices] IClickToCallCampaignStore store, [FromServices] ClickToCallCampaignRules rules, ICompanyContext company, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (request is null) return ClickToCallProblems.MissingBody(Example);
        var errors = new ValidationErrors();
        var key = await NewKeyAsync(store, cancellationToken);
        var campaign = await rules.BuildAsync(company.CompanyId, CampaignIds.New(request.Name ?? ""), key, request, null, time.GetUtcNow(), errors, cancellationToken);
        if (campaign is null) return errors.ToProblem("Invalid click-to-call campaign");
        await store.AddAsync(campaign, cancellationToken);
        return TypedResults.Created($"/api/click-to-call/campaigns/{campaign.Id}", ClickToCallCampaignView.From(campaign, new CallbackCountsView(0, 0, 0, 0)));
    }

    public static async Task<Results<Ok<ClickToCallCampaignView>, ProblemHttpResult>> UpdateAsync(string id, ClickToCallCampaignRequest? request,
        [FromServices] IClickToCallCampaignStore store, [FromServices] ICallbackRequestStore requests, [FromServices] ClickToCallCampaignRules rules,
        ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (existing is null) return ClickToCallProblems.CampaignNotFound(id);
        if (existing.Status == ClickToCallStatus.Archived)
            return ClickToCallProblems.CampaignConflict(id, $"Click-to-call campaign '{id}' is archived: it is read-only. Create a new campaign instead.");
        if (request is null) return ClickToCallProblems.MissingBody(Example);
        var errors = new ValidationErrors();
        var campaign = await rules.BuildAsync(company.CompanyId, id, existing.Key, request, existing, time.GetUtcNow(), errors, cancellationToken);
        if (campaign is null) return errors.ToProblem("Invalid click-to-call campaign");
        if (!await store.UpdateAsync(campaign, cancellationToken)) return ClickToCallProblems.CampaignNotFound(id);
        return TypedResults.Ok(await ViewAsync(requests, campaign, cancellationToken));
    }

    /// <summary>Archives the campaign (its key stops working) and cancels its waiting requests.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, [FromServices] IClickToCallCampaignStore store,
        [FromServices] ICallbackRequestStore requests, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var campaign = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (campaign is null) return ClickToCallProblems.CampaignNotFound(id);
        if (campaign.Status != ClickToCallStatus.Archived)
            await store.UpdateAsync(campaign with { Status = ClickToCallStatus.Archived, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        var query = new CallbackRequestQuery(company.CompanyId, id, [CallbackRequestStatus.Waiting], Take: 500);
        for (var round = 0; round < 100; round++)
        {
            var waiting = await requests.ListAsync(query, cancellationToken);
            var cancelled = 0;
            foreach (var request in waiting.Items)
            {
                if (await requests.CancelAsync(company.CompanyId, request.Id, "The campaign was deleted.", cancellationToken)) cancelled++;
            }
            if (cancelled == 0) break;
        }
        return TypedResults.NoContent();
    }

    public static Task<Results<Ok<ClickToCallCampaignView>, ProblemHttpResult>> PauseAsync(string id, [FromServices] IClickToCallCampaignStore store,
        [FromServices] ICallbackRequestStore requests, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, store, requests, company, time, c => c with { Status = ClickToCallStatus.Paused }, cancellationToken);

    public static Task<Results<Ok<ClickToCallCampaignView>, ProblemHttpResult>> ResumeAsync(string id, [FromServices] IClickToCallCampaignStore store,
        [FromServices] ICallbackRequestStore requests, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeAsync(id, store, requests, company, time, c => c with { Status = ClickToCallStatus.Active }, cancellationToken);

    /// <summary>A new key; pages still embedding the old one get 404 unknown_campaign.</summary>
    public static async Task<Results<Ok<ClickToCallCampaignView>, ProblemHttpResult>> RotateKeyAsync(string id, [FromServices] IClickToCallCampaignStore store,
        [FromServices] ICallbackRequestStore requests, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = await NewKeyAsync(store, cancellationToken);
        return await ChangeAsync(id, store, requests, company, time, c => c with { Key = key }, cancellationToken);
    }

    public static async Task<Results<Ok<EmbedView>, ProblemHttpResult>> EmbedAsync(string id, HttpRequest http, [FromServices] IClickToCallCampaignStore store,
        [FromServices] IConfiguration configuration, ICompanyContext company, CancellationToken cancellationToken)
    {
        var campaign = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (campaign is null) return ClickToCallProblems.CampaignNotFound(id);
        var configured = configuration["FlowBuilder:ClickToCall:PublicBaseUrl"];
        var baseUrl = (string.IsNullOrWhiteSpace(configured) ? $"{http.Scheme}://{http.Host}{http.PathBase}" : configured.Trim()).TrimEnd('/');
        var script = $"<script src=\"{baseUrl}/widget/click-to-call.js\" data-campaign=\"{campaign.Key}\" async></script>";
        return TypedResults.Ok(new EmbedView(campaign.Key, script, $"{baseUrl}/api/public/click-to-call/{campaign.Key}"));
    }

    public static async Task<ClickToCallCampaignView> ViewAsync(ICallbackRequestStore requests, ClickToCallCampaign campaign, CancellationToken cancellationToken)
    {
        async Task<long> CountAsync(params CallbackRequestStatus[] statuses) =>
            (await requests.ListAsync(new CallbackRequestQuery(campaign.CompanyId, campaign.Id, statuses, Take: 0), cancellationToken)).Total;
        var counts = new CallbackCountsView(await CountAsync(CallbackRequestStatus.Waiting), await CountAsync(CallbackRequestStatus.Calling),
            await CountAsync(CallbackRequestStatus.Completed), await CountAsync(CallbackRequestStatus.FailedCallingClient, CallbackRequestStatus.FailedCallingCompany));
        return ClickToCallCampaignView.From(campaign, counts);
    }

    private static async Task<Results<Ok<ClickToCallCampaignView>, ProblemHttpResult>> ChangeAsync(string id, IClickToCallCampaignStore store,
        ICallbackRequestStore requests, ICompanyContext company, TimeProvider time, Func<ClickToCallCampaign, ClickToCallCampaign> change,
        CancellationToken cancellationToken)
    {
        var campaign = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (campaign is null) return ClickToCallProblems.CampaignNotFound(id);
        if (campaign.Status == ClickToCallStatus.Archived)
            return ClickToCallProblems.CampaignConflict(id, $"Click-to-call campaign '{id}' is archived: it cannot be paused, resumed or given a new key.");
        var changed = change(campaign) with { UpdatedAt = time.GetUtcNow() };
        if (!await store.UpdateAsync(changed, cancellationToken)) return ClickToCallProblems.CampaignNotFound(id);
        return TypedResults.Ok(await ViewAsync(requests, changed, cancellationToken));
    }

    private static async Task<string> NewKeyAsync(IClickToCallCampaignStore store, CancellationToken cancellationToken)
    {
        while (true)
        {
            var key = CampaignKeys.New();
            if (await store.FindByKeyAsync(key, cancellationToken) is null) return key;
        }
    }
}
