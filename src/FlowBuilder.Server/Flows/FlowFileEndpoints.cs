using System.Text;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Flows;

/// <summary>Flow files in and out: export the draft or a version, import a file as a new flow or over a draft.</summary>
internal static class FlowFileEndpoints
{
    public static RouteGroupBuilder MapFlowFiles(this RouteGroupBuilder flows)
    {
        flows.MapGet("/{id}/export", ExportAsync).WithName("ExportFlow").Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("The draft (or ?version=) as a flow file attachment.").RequirePermission(Permission.FlowsRead);
        flows.MapPost("/import", ImportAsync).WithName("ImportFlow").Accepts<FlowDefinition>("application/json").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Imports a flow file: 201 when new; with ?replace=true an existing draft is replaced (200), else 409.").RequirePermission(Permission.FlowsWrite);
        return flows;
    }

    private static async Task<FileContentHttpResult> ExportAsync(string id, int? version, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        var definition = await catalog.ExportAsync(company.CompanyId, id, version, cancellationToken);
        var name = version is null ? $"{definition.Id}.flow.json" : $"{definition.Id}.v{version}.flow.json";
        return TypedResults.File(Encoding.UTF8.GetBytes(FlowJson.Serialize(definition)), "application/json", name);
    }

    private static async Task<Results<Created<SavedFlowView>, Ok<SavedFlowView>>> ImportAsync(
        bool? replace, HttpContext context, FlowCatalog catalog, ICompanyContext company, CancellationToken cancellationToken)
    {
        var body = await FlowBody.ReadAsync(context.Request, cancellationToken);
        var change = await catalog.ImportAsync(company.CompanyId, body.Definition, replace ?? false, cancellationToken);
        FlowEtag.Set(context.Response, change.Flow.Revision);
        var view = SavedFlowView.From(change);
        // A new flow starts at revision 1; a replaced draft is always later.
        return change.Flow.Revision == 1
            ? TypedResults.Created($"/api/flows/{Uri.EscapeDataString(change.Flow.Id)}", view)
            : TypedResults.Ok(view);
    }
}
