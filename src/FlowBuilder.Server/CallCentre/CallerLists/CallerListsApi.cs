using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.CallCentre.CallerLists;

internal static class CallerListsApi
{
    /// <summary>Blocked callers (refused busy before any flow runs) and allowed callers (optionally routed to their own flow).</summary>
    public static IEndpointRouteBuilder MapCallerListsApi(this IEndpointRouteBuilder endpoints)
    {
        var lists = endpoints.MapGroup("/api/caller-lists/{list}").WithTags("Caller lists")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapGet("/", CallerListEndpoints.ListAsync).WithName("ListCallers").WithSummary("The numbers on the list ('blocked' or 'allowed'), normalized.").RequirePermission(Permission.NumbersRead);
        lists.MapGet("/{number}", CallerListEndpoints.GetAsync).WithName("GetListedCaller").RequirePermission(Permission.NumbersRead);
        lists.MapPut("/{number}", CallerListEndpoints.PutAsync).WithName("PutListedCaller").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Lists the number (normalized: digits with a leading + kept), moving it from the other list if it was there.").RequirePermission(Permission.NumbersWrite);
        lists.MapDelete("/{number}", CallerListEndpoints.DeleteAsync).WithName("DeleteListedCaller").RequirePermission(Permission.NumbersWrite);
        return endpoints;
    }
}
