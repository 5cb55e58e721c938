using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.CallCentre.Groups;

internal static class GroupsApi
{
    /// <summary>Extension groups: members rung together or in turn, optionally dialled by an internal number.</summary>
    public static IEndpointRouteBuilder MapExtensionGroupsApi(this IEndpointRouteBuilder endpoints)
    {
        var groups = endpoints.MapGroup("/api/extension-groups").WithTags("Extension groups").ProducesProblem(StatusCodes.Status400BadRequest);
        groups.MapGet("/", GroupEndpoints.ListAsync).WithName("ListExtensionGroups").WithSummary("The company's extension groups by name.").RequirePermission(Permission.NumbersRead);
        groups.MapGet("/{name}", GroupEndpoints.GetAsync).WithName("GetExtensionGroup").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.NumbersRead);
        groups.MapPut("/{name}", GroupEndpoints.PutAsync).WithName("PutExtensionGroup").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Creates (201) or replaces (200) the group; its number must not be another group's or an extension's.").RequirePermission(Permission.NumbersWrite);
        groups.MapDelete("/{name}", GroupEndpoints.DeleteAsync).WithName("DeleteExtensionGroup").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.NumbersWrite);
        return endpoints;
    }
}
