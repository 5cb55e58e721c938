using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Flows;

/// <summary>Publish the draft as a new version, retract the published version, archive and unarchive.</summary>
internal static class FlowPublishingEndpoints
{
    public static RouteGroupBuilder MapFlowPublishing(this RouteGroupBuilder flows)
    {
        flows.MapPost("/{id}/publish", PublishAsync).WithName("PublishFlow").AddEndpointFilter<SignedPublishWarning>()
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Publishes the draft as the next version; 422 lists every problem when it has errors.").RequirePermission(Permission.FlowsWrite);
        flows.MapPost("/{id}/retract", RetractAsync).WithName("RetractFlow").ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Stops the published version from starting new instances.").RequirePermission(Permission.FlowsWrite);
        flows.MapPost("/{id}/archive", ArchiveAsync).WithName("ArchiveFlow").WithSummary("Archives the flow and unbinds its trigger.").RequirePermission(Permission.FlowsWrite);
        flows.MapPost("/{id}/unarchive", UnarchiveAsync).WithName("UnarchiveFlow").WithSummary("Brings an archived flow back as a draft.").RequirePermission(Permission.FlowsWrite);
        return flows;
    }

    private static async Task<Created<FlowVersionView>> PublishAsync(
        string id, PublishRequest? request, HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        var expected = FlowEtag.ExpectedRevision(context.Request, null, request?.Revision);
        var version = await catalog.PublishAsync(company.CompanyId, id, request?.Note, expected, cancellationToken);
        return TypedResults.Created($"/api/flows/{Uri.EscapeDataString(id)}/versions/{version.Version}", FlowVersionView.From(version));
    }

    private static async Task<Ok<FlowView>> RetractAsync(string id, HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken) =>
        Answer(context, await catalog.RetractAsync(company.CompanyId, id, cancellationToken));

    private static async Task<Ok<FlowView>> ArchiveAsync(string id, HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken) =>
        Answer(context, await catalog.ArchiveAsync(company.CompanyId, id, cancellationToken));

    private static async Task<Ok<FlowView>> UnarchiveAsync(string id, HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken) =>
        Answer(context, await catalog.UnarchiveAsync(company.CompanyId, id, cancellationToken));

    private static Ok<FlowView> Answer(HttpContext context, Engine.Persistence.StoredFlow flow)
    {
        FlowEtag.Set(context.Response, flow.Revision);
        return TypedResults.Ok(FlowView.From(flow));
    }
}
