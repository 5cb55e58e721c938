using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.CallCentre.Extensions;

internal static class ExtensionsApi
{
    /// <summary>Internal numbers softphones register as, with ring time and call forwarding.</summary>
    public static IEndpointRouteBuilder MapExtensionsApi(this IEndpointRouteBuilder endpoints)
    {
        var extensions = endpoints.MapGroup("/api/extensions").WithTags("Extensions").ProducesProblem(StatusCodes.Status400BadRequest);
        extensions.MapGet("/", ExtensionEndpoints.ListAsync).WithName("ListExtensions").WithSummary("The company's extensions by number; passwords are never shown.").RequirePermission(Permission.NumbersRead);
        extensions.MapGet("/{number}", ExtensionEndpoints.GetAsync).WithName("GetExtension").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.NumbersRead);
        extensions.MapPut("/{number}", ExtensionEndpoints.PutAsync).WithName("PutExtension").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Creates (201) or replaces (200) the extension. A password is required on create; left out on replace, the stored one is kept.").RequirePermission(Permission.NumbersWrite);
        extensions.MapDelete("/{number}", ExtensionEndpoints.DeleteAsync).WithName("DeleteExtension").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.NumbersWrite);
        return endpoints;
    }
}
