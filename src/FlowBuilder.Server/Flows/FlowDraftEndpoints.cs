using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Flows;

/// <summary>List, create, read and save drafts; validate a stored draft or a posted definition.</summary>
internal static class FlowDraftEndpoints
{
    public static RouteGroupBuilder MapFlowDrafts(this RouteGroupBuilder flows)
    {
        flows.MapGet("/", ListAsync).WithName("ListFlows").WithSummary("Flows of the company; search matches id or name.").RequirePermission(Permission.FlowsRead);
        flows.MapPost("/", CreateAsync).WithName("CreateFlow").Accepts<FlowDefinition>("application/json").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Creates a flow from a definition; answers with the stored flow, its revision and validation problems.").RequirePermission(Permission.FlowsWrite);
        flows.MapGet("/{id}", GetAsync).WithName("GetFlow").WithSummary("The draft with status, revision (also the ETag) and versions.").RequirePermission(Permission.FlowsRead);
        flows.MapPut("/{id}", SaveAsync).WithName("SaveFlowDraft").Accepts<FlowDefinition>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithSummary("Saves the draft. Name the revision you edited in If-Match, ?revision= or a revision field; a stale one is refused with 409.").RequirePermission(Permission.FlowsWrite);
        flows.MapPost("/{id}/validate", ValidateStoredAsync).WithName("ValidateFlow").WithSummary("Validates the stored draft.").RequirePermission(Permission.FlowsRead);
        flows.MapPost("/validate", ValidatePostedAsync).WithName("ValidateFlowDefinition").Accepts<FlowDefinition>("application/json")
            .WithSummary("Validates a posted definition without storing it.").RequirePermission(Permission.FlowsRead);
        return flows;
    }

    private static async Task<Results<Ok<IReadOnlyList<FlowSummaryView>>, ProblemHttpResult>> ListAsync(
        string? search, string? status, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        FlowStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<FlowStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return ApiProblems.BadRequest($"Unknown status '{status}'. Use draft, published or archived.", ("path", "status"));
            wanted = parsed;
        }
        var flows = await catalog.ListAsync(company.CompanyId, new FlowQuery(string.IsNullOrWhiteSpace(search) ? null : search.Trim(), wanted), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<FlowSummaryView>>(flows.Select(FlowSummaryView.From).ToList());
    }

    private static async Task<Created<SavedFlowView>> CreateAsync(HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        var body = await FlowBody.ReadAsync(context.Request, cancellationToken);
        var change = await catalog.CreateAsync(company.CompanyId, body.Definition, cancellationToken);
        FlowEtag.Set(context.Response, change.Flow.Revision);
        return TypedResults.Created($"/api/flows/{Uri.EscapeDataString(change.Flow.Id)}", SavedFlowView.From(change));
    }

    private static async Task<Ok<FlowView>> GetAsync(string id, HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        var flow = await catalog.GetAsync(company.CompanyId, id, cancellationToken);
        FlowEtag.Set(context.Response, flow.Revision);
        return TypedResults.Ok(FlowView.From(flow));
    }

    private static async Task<Results<Ok<SavedFlowView>, ProblemHttpResult>> SaveAsync(
        string id, long? revision, HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        var body = await FlowBody.ReadAsync(context.Request, cancellationToken);
        var draft = body.Definition;
        if (string.IsNullOrEmpty(draft.Id)) draft = draft with { Id = id };
        if (draft.Id != id)
            return ApiProblems.BadRequest($"The body is flow '{draft.Id}' but the URL names flow '{id}'. To rename a flow, import it under the new id.", ("path", "$.id"));
        var expected = FlowEtag.ExpectedRevision(context.Request, revision, body.Revision);
        if (expected is null) return RevisionRequired(id);
        var change = await catalog.SaveDraftAsync(company.CompanyId, draft, expected.Value, cancellationToken);
        FlowEtag.Set(context.Response, change.Flow.Revision);
        return TypedResults.Ok(SavedFlowView.From(change));
    }

    private static async Task<Ok<ValidationView>> ValidateStoredAsync(string id, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        var flow = await catalog.GetAsync(company.CompanyId, id, cancellationToken);
        return TypedResults.Ok(ValidationView.From(catalog.Validate(flow.Draft)));
    }

    private static async Task<Ok<ValidationView>> ValidatePostedAsync(HttpRequest request, FlowCatalog catalog, CancellationToken cancellationToken)
    {
        var body = await FlowBody.ReadAsync(request, cancellationToken);
        return TypedResults.Ok(ValidationView.From(catalog.Validate(body.Definition)));
    }

    /// <summary>428: a change to a draft must say which revision it was made on, so it can never silently overwrite another.</summary>
    public static ProblemHttpResult RevisionRequired(string id) => ApiProblems.Create(StatusCodes.Status428PreconditionRequired, "Revision required",
        $"Say which revision of flow '{id}' you changed: send If-Match: \"<revision>\", ?revision=<revision> or a revision field. GET /api/flows/{id} gives the current revision (also as its ETag).",
        ("flowId", id));
}
