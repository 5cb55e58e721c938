using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Flows;

/// <summary>Published versions: list, read one, restore one into the draft.</summary>
internal static class FlowVersionEndpoints
{
    public static RouteGroupBuilder MapFlowVersions(this RouteGroupBuilder flows)
    {
        flows.MapGet("/{id}/versions", ListAsync).WithName("ListFlowVersions").WithSummary("Published versions, newest first (without definitions).").RequirePermission(Permission.FlowsRead);
        flows.MapGet("/{id}/versions/{version}", GetAsync).WithName("GetFlowVersion").WithSummary("One published version with its definition.").RequirePermission(Permission.FlowsRead);
        flows.MapPost("/{id}/versions/{version}/restore", RestoreAsync).WithName("RestoreFlowVersion")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Copies a version into the draft; needs the draft revision (If-Match, ?revision= or body).").RequirePermission(Permission.FlowsWrite);
        return flows;
    }

    private static async Task<Ok<IReadOnlyList<FlowVersionView>>> ListAsync(string id, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(company.CompanyId, id, cancellationToken);
        var versions = await catalog.ListVersionsAsync(company.CompanyId, id, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<FlowVersionView>>(versions.Select(v => FlowVersionView.From(v, withDefinition: false)).ToList());
    }

    private static async Task<Ok<FlowVersionView>> GetAsync(string id, int version, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken) =>
        TypedResults.Ok(FlowVersionView.From(await catalog.GetVersionAsync(company.CompanyId, id, version, cancellationToken)));

    private static async Task<Results<Ok<SavedFlowView>, ProblemHttpResult>> RestoreAsync(
        string id, int version, long? revision, RevisionRequest? request, HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        var expected = FlowEtag.ExpectedRevision(context.Request, revision, request?.Revision);
        if (expected is null) return FlowDraftEndpoints.RevisionRequired(id);
        var change = await catalog.RestoreVersionAsync(company.CompanyId, id, version, expected.Value, cancellationToken);
        FlowEtag.Set(context.Response, change.Flow.Revision);
        return TypedResults.Ok(SavedFlowView.From(change));
    }
}
