using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Flows;

internal static class FlowsApi
{
    /// <summary>Flows: drafts, validation, publishing, versions, import/export, and the flow file schema.</summary>
    public static IEndpointRouteBuilder MapFlowsApi(this IEndpointRouteBuilder endpoints)
    {
        var flows = endpoints.MapGroup("/api/flows").WithTags("Flows")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        flows.MapFlowDrafts();
        flows.MapFlowPublishing();
        flows.MapFlowVersions();
        flows.MapFlowFiles();
        endpoints.MapGet("/api/schema/flow", () => TypedResults.Text(FlowSchema.Json, "application/schema+json"))
            .WithTags("Flows").WithName("GetFlowSchema").WithSummary("The JSON Schema of flow files.").RequirePermission(Permission.FlowsRead);
        return endpoints;
    }
}
