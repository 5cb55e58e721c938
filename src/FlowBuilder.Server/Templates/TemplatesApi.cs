using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Templates;

internal static class TemplatesApi
{
    /// <summary>The ready flows users start from (<c>FlowBuilder:Server:TemplatesPath</c>).</summary>
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder endpoints)
    {
        var templates = endpoints.MapGroup("/api/templates").WithTags("Templates");
        templates.MapGet("/", TemplateEndpoints.ListAsync).WithName("ListTemplates")
            .WithSummary("Every template: id, name, description, trigger type and node count, sorted by name.").RequirePermission(Permission.FlowsRead);
        templates.MapGet("/{id}", TemplateEndpoints.GetAsync).WithName("GetTemplate").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A template's flow definition, to save as a new flow.").RequirePermission(Permission.FlowsRead);
        return endpoints;
    }
}
