namespace FlowBuilder.Server.CallCentre.CallerLists;

internal static class CallerListsApi
{
    /// <summary>Blocked callers (refused busy before any flow runs) and allowed callers (optionally routed to their own flow).</summary>
    public static IEndpointRouteBuilder MapCallerListsApi(this IEndpointRouteBuilder endpoints)
    {
        var lists = endpoints.MapGroup("/api/caller-lists/{list}").WithTags("Caller lists")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapGet("/", CallerListEndpoints.ListAsync).WithName("ListCallers").WithSummary("The numbers on the list ('blocked' or 'allowed'), normalized.");
        lists.MapGet("/{number}", CallerListEndpoints.GetAsync).WithName("GetListedCaller");
        lists.MapPut("/{number}", CallerListEndpoints.PutAsync).WithName("PutListedCaller").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Lists the number (normalized: digits with a leading + kept), moving it from the other list if it was there.");
        lists.MapDelete("/{number}", CallerListEndpoints.DeleteAsync).WithName("DeleteListedCaller");
        return endpoints;
    }
}
