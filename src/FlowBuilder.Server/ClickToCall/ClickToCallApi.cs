using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.ClickToCall.Public;
using FlowBuilder.Server.ClickToCall.Requests;
using FlowBuilder.Server.ClickToCall.Settings;
using FlowBuilder.Server.ClickToCall.Statistics;
using FlowBuilder.Server.ClickToCall.Widget;

namespace FlowBuilder.Server.ClickToCall;

internal static class ClickToCallApi
{
    /// <summary>The campaign checks and the request views the endpoints use (the services come from AddFlowBuilderClickToCall).</summary>
    public static WebApplicationBuilder AddClickToCallApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ClickToCallCampaignRules>();
        builder.Services.AddSingleton<CallbackRequestViews>();
        return builder;
    }

    /// <summary>The company's click-to-call API, the public endpoints banners call, and the widget.</summary>
    public static IEndpointRouteBuilder MapClickToCallApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/click-to-call").WithTags("Click-to-call")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        var campaigns = api.MapGroup("/campaigns");
        campaigns.MapGet("/", ClickToCallCampaignEndpoints.ListAsync).WithName("ListClickToCallCampaigns")
            .WithSummary("The company's click-to-call campaigns, newest first, with request counts; archived ones with includeArchived=true.").RequirePermission(Permission.CampaignsRead);
        campaigns.MapPost("/", ClickToCallCampaignEndpoints.CreateAsync).WithName("CreateClickToCallCampaign").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Creates an active campaign with a new public key; 422 names every field at fault in \"errors\".").RequirePermission(Permission.CampaignsWrite);
        campaigns.MapGet("/{id}", ClickToCallCampaignEndpoints.GetAsync).WithName("GetClickToCallCampaign").RequirePermission(Permission.CampaignsRead);
        campaigns.MapPut("/{id}", ClickToCallCampaignEndpoints.UpdateAsync).WithName("UpdateClickToCallCampaign")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequirePermission(Permission.CampaignsWrite);
        campaigns.MapDelete("/{id}", ClickToCallCampaignEndpoints.DeleteAsync).WithName("DeleteClickToCallCampaign")
            .WithSummary("Archives the campaign: its key stops working and its waiting requests are cancelled.").RequirePermission(Permission.CampaignsWrite);
        campaigns.MapPost("/{id}/pause", ClickToCallCampaignEndpoints.PauseAsync).WithName("PauseClickToCallCampaign").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Refuses new requests (409 campaign_paused) and dials nothing; waiting requests are kept.").RequirePermission(Permission.CampaignsControl);
        campaigns.MapPost("/{id}/resume", ClickToCallCampaignEndpoints.ResumeAsync).WithName("ResumeClickToCallCampaign").ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(Permission.CampaignsControl);
        campaigns.MapPost("/{id}/rotate-key", ClickToCallCampaignEndpoints.RotateKeyAsync).WithName("RotateClickToCallKey").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Gives the campaign a new public key; pages with the old one get unknown_campaign.").RequirePermission(Permission.CampaignsWrite);
        campaigns.MapGet("/{id}/embed", ClickToCallCampaignEndpoints.EmbedAsync).WithName("ClickToCallEmbed")
            .WithSummary("The script tag to paste into a web page (FlowBuilder:ClickToCall:PublicBaseUrl, else this request's host).").RequirePermission(Permission.CampaignsRead);

        var requests = api.MapGroup("/requests");
        requests.MapGet("/", CallbackRequestEndpoints.ListAsync).WithName("ListCallbackRequests")
            .WithSummary("Requests newest first with legs, CDRs and comments; filter by campaignId, status (comma-separated), from, to, phone; offset, limit.").RequirePermission(Permission.CampaignsRead);
        requests.MapGet("/{id}", CallbackRequestEndpoints.GetAsync).WithName("GetCallbackRequest").RequirePermission(Permission.CampaignsRead);
        requests.MapPost("/{id}/callback", CallbackRequestEndpoints.CallBackAsync).WithName("CallBackRequest")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Queues a failed request again, company first (the operator given, else the campaign's), then the client; 409 when it is not failed.").RequirePermission(Permission.CampaignsControl);
        requests.MapPost("/{id}/cancel", CallbackRequestEndpoints.CancelAsync).WithName("CancelCallbackRequest").ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(Permission.CampaignsControl);
        requests.MapPost("/{id}/comments", CallbackCommentEndpoints.AddAsync).WithName("CommentCallbackRequest").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Adds a comment of one of the campaign's comment types; 422 names the field at fault.").RequirePermission(Permission.CampaignsControl);
        api.MapGet("/requests.csv", CallbackRequestEndpoints.CsvAsync).WithName("CallbackRequestsCsv")
            .WithSummary("The requests the filters select as CSV, one row per request with its last attempt's legs.").RequirePermission(Permission.CampaignsRead);

        api.MapGet("/statistics", ClickToCallStatisticsEndpoints.StatisticsAsync).WithName("ClickToCallStatistics")
            .WithSummary("Counts and averages of a period [from, to), an optional comparison period and the change, live counts, a series and directions.").RequirePermission(Permission.CampaignsRead);
        api.MapGet("/invoice.pdf", ClickToCallStatisticsEndpoints.InvoiceAsync).WithName("ClickToCallInvoice").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The invoice of requests completed in [from, to) as PDF: one line per campaign at its price.").RequirePermission(Permission.BillingRead);

        MapPublic(endpoints);
        endpoints.MapGet(WidgetEndpoints.ScriptPath, WidgetEndpoints.ScriptFile).WithTags("Click-to-call (public)").WithName("ClickToCallWidget").AllowAnonymous();
        endpoints.MapGet("/widget/demo", WidgetEndpoints.Demo).WithTags("Click-to-call (public)").WithName("ClickToCallWidgetDemo").AllowAnonymous();
        return endpoints;
    }

    /// <summary>What banners call, in a group of its own that stays anonymous whatever authentication the rest of the API gets.
    /// Bodies are limited to <see cref="PublicClickToCallEndpoints.MaxBodyBytes"/> (RequestBodyLimitMiddleware).</summary>
    private static void MapPublic(IEndpointRouteBuilder endpoints)
    {
        var open = endpoints.MapGroup(PublicPrefix).WithTags("Click-to-call (public)").AllowAnonymous();
        open.MapGet("/{key}", PublicClickToCallEndpoints.ConfigAsync).WithName("PublicClickToCallConfig");
        open.MapPost("/{key}/requests", PublicClickToCallEndpoints.SubmitAsync).WithName("PublicClickToCallRequest");
        open.MapGet("/{key}/requests/{id}", PublicClickToCallEndpoints.StatusAsync).WithName("PublicClickToCallStatus");
        open.MapMethods("/{key}", [HttpMethods.Options], PublicClickToCallEndpoints.PreflightAsync);
        open.MapMethods("/{key}/requests", [HttpMethods.Options], PublicClickToCallEndpoints.PreflightAsync);
        open.MapMethods("/{key}/requests/{id}", [HttpMethods.Options], PublicClickToCallEndpoints.PreflightAsync);
    }

    public const string PublicPrefix = "/api/public/click-to-call";
}
