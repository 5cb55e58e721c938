using FlowBuilder.Campaigns.Hosting;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Campaigns.Lifecycle;
using FlowBuilder.Server.Campaigns.OperatorPage;
using FlowBuilder.Server.Campaigns.Progress;
using FlowBuilder.Server.Campaigns.Settings;
using FlowBuilder.Server.Campaigns.Statistics;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Campaigns;

internal static class CampaignsApi
{
    /// <summary>The company's limits (<see cref="CampaignOptions"/>), create/update checks and the operator page's sessions.</summary>
    public static WebApplicationBuilder AddCampaignsApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CampaignOptions>()
            .Validate(o => o.MaxConcurrentCalls >= 1, $"{CampaignOptions.SectionName}:MaxConcurrentCalls must be 1 or more.")
            .ValidateOnStart();
        // Built on first use: the contacts port it checks groups with comes from the campaigns' own registration.
        builder.Services.AddSingleton(sp => new CampaignRules(sp.GetRequiredService<IFlowRepository>(), sp.GetRequiredService<IContactStore>(),
            sp.GetRequiredService<IExtensionStore>(), sp.GetRequiredService<IOptions<CampaignOptions>>()));
        builder.Services.AddSingleton<OperatorSessions>();
        return builder;
    }

    /// <summary>Campaigns (settings, lifecycle, statistics, contacts and attempts, results) and the operator page's API.</summary>
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder endpoints)
    {
        var campaigns = endpoints.MapGroup("/api/campaigns").WithTags("Campaigns")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/", CampaignEndpoints.ListAsync).WithName("ListCampaigns")
            .WithSummary("The company's campaigns, newest first, with a few counts; archived ones only with status=archived.").RequirePermission(Permission.CampaignsRead);
        campaigns.MapPost("/", CampaignEndpoints.CreateAsync).WithName("CreateCampaign").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Creates a draft campaign; 422 names every field at fault in \"errors\".").RequirePermission(Permission.CampaignsWrite);
        campaigns.MapGet("/{id}", CampaignEndpoints.GetAsync).WithName("GetCampaign").RequirePermission(Permission.CampaignsRead);
        campaigns.MapPut("/{id}", CampaignEndpoints.UpdateAsync).WithName("UpdateCampaign")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Replaces the settings of a draft or paused campaign (409 otherwise).").RequirePermission(Permission.CampaignsWrite);
        campaigns.MapDelete("/{id}", CampaignEndpoints.DeleteAsync).WithName("DeleteCampaign").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Deletes the campaign with its work queue and attempts; not while it is active or scheduled (409).").RequirePermission(Permission.CampaignsWrite);

        var lifecycle = campaigns.MapGroup("/{id}").ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        lifecycle.MapPost("/start", CampaignLifecycleEndpoints.StartAsync).WithName("StartCampaign")
            .WithSummary("Draft → Active (or Scheduled until its start time): pins the flow's published version and queues the groups' contacts.").RequirePermission(Permission.CampaignsControl);
        lifecycle.MapPost("/pause", CampaignLifecycleEndpoints.PauseAsync).WithName("PauseCampaign").WithSummary("No new calls; calls in progress go on.").RequirePermission(Permission.CampaignsControl);
        lifecycle.MapPost("/resume", CampaignLifecycleEndpoints.ResumeAsync).WithName("ResumeCampaign").RequirePermission(Permission.CampaignsControl);
        lifecycle.MapPost("/stop", CampaignLifecycleEndpoints.StopAsync).WithName("StopCampaign").WithSummary("→ Completed; waiting contacts are skipped.").RequirePermission(Permission.CampaignsControl);
        lifecycle.MapPost("/archive", CampaignLifecycleEndpoints.ArchiveAsync).WithName("ArchiveCampaign")
            .WithSummary("Draft, completed or error → archived (read-only, hidden from the default list).").RequirePermission(Permission.CampaignsWrite);

        campaigns.MapGet("/{id}/statistics", CampaignStatisticsEndpoints.StatisticsAsync).WithName("CampaignStatistics")
            .WithSummary("Counts, rates (0–1), K1–K4 and the dialer's live state (null when it is not dialling the campaign).").RequirePermission(Permission.CampaignsRead);
        campaigns.MapGet("/{id}/timeline", CampaignStatisticsEndpoints.TimelineAsync).WithName("CampaignTimeline")
            .WithSummary("Finished attempts per bucket (bucketSeconds, default 60) over the last minutes (default 60), by disposition.").RequirePermission(Permission.CampaignsRead);
        campaigns.MapGet("/{id}/contacts", CampaignProgressEndpoints.ContactsAsync).WithName("CampaignContacts")
            .WithSummary("The work queue in order; filter by state; offset, limit (default 50, at most 500).").RequirePermission(Permission.CampaignsRead);
        campaigns.MapGet("/{id}/contacts/{contactId}/attempts", CampaignProgressEndpoints.ContactAttemptsAsync).WithName("CampaignContactAttempts")
            .WithSummary("One contact's attempts in this campaign, newest first.").RequirePermission(Permission.CampaignsRead);
        campaigns.MapGet("/{id}/attempts", CampaignProgressEndpoints.AttemptsAsync).WithName("CampaignAttempts")
            .WithSummary("Attempts newest first; filter by disposition; offset, limit (default 50, at most 500).").RequirePermission(Permission.CampaignsRead);
        campaigns.MapGet("/{id}/results.csv", CampaignResultsCsv.ExportAsync).WithName("CampaignResultsCsv")
            .WithSummary("One row per contact: phone, name, state, attempts, last disposition, result, converted, operator disposition, notes.").RequirePermission(Permission.CampaignsRead);
        campaigns.MapGet("/{id}/operators", OperatorListEndpoint.ListAsync).WithName("CampaignOperators")
            .WithSummary("The campaign's signed-in operators and their state.").RequirePermission(Permission.CampaignsRead);

        var operatorPage = endpoints.MapGroup("/api/operator").WithTags("Operator page").ProducesProblem(StatusCodes.Status401Unauthorized);
        operatorPage.MapPost("/session", OperatorPageEndpoints.SignInAsync).WithName("OperatorSignIn")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Signs an operator in with their extension's SIP password and joins the campaign Ready; the token goes in 'Authorization: Bearer'.").AllowAnonymous();
        var signedIn = operatorPage.MapGroup("/").AddEndpointFilter<OperatorAuthentication>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        signedIn.MapGet("/me", OperatorPageEndpoints.Me).WithName("OperatorMe").AllowAnonymous();
        signedIn.MapPost("/ready", OperatorPageEndpoints.ReadyAsync).WithName("OperatorReady").AllowAnonymous();
        signedIn.MapPost("/pause", OperatorPageEndpoints.PauseAsync).WithName("OperatorPause").AllowAnonymous();
        signedIn.MapPost("/call", OperatorPageEndpoints.CallAsync).WithName("OperatorCall").WithSummary("Preview: call the contact on the card.").AllowAnonymous();
        signedIn.MapPost("/skip", OperatorPageEndpoints.SkipAsync).WithName("OperatorSkip").WithSummary("Preview: put the card's contact back and show the next one.").AllowAnonymous();
        signedIn.MapPost("/disposition", OperatorPageEndpoints.DispositionAsync).WithName("OperatorDisposition").AllowAnonymous();
        signedIn.MapDelete("/session", OperatorPageEndpoints.SignOutAsync).WithName("OperatorSignOut").AllowAnonymous();
        return endpoints;
    }
}
