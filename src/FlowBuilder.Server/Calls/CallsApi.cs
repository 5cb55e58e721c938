using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Calls;

internal static class CallsApi
{
    /// <summary>Place outbound calls that run a flow, follow them, and list call-detail records.</summary>
    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder endpoints)
    {
        var calls = endpoints.MapGroup("/api/calls").WithTags("Calls").ProducesProblem(StatusCodes.Status400BadRequest);
        calls.MapPost("/", CallEndpoints.PlaceAsync).WithName("PlaceCall")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Calls a number through a trunk and runs the published flow on the call once it is answered; returns at once with the call id.").RequirePermission(Permission.FlowsRun);
        calls.MapGet("/", CallEndpoints.ListAsync).WithName("ListCalls").WithSummary("Call-detail records of ended call legs, newest first.").RequirePermission(Permission.CallsRead);
        calls.MapGet("/{id}", CallEndpoints.GetAsync).WithName("GetCall").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A call in progress, or the call-detail record of an ended one.").RequirePermission(Permission.CallsRead);
        return endpoints;
    }
}
