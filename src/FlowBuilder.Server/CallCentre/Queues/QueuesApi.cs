using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.CallCentre.Queues;

internal static class QueuesApi
{
    /// <summary>Call queue definitions (agents, strategy, hold and announcements, timeouts). Live state is elsewhere.</summary>
    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder endpoints)
    {
        var queues = endpoints.MapGroup("/api/queues").WithTags("Queues").ProducesProblem(StatusCodes.Status400BadRequest);
        queues.MapGet("/", QueueEndpoints.ListAsync).WithName("ListQueues").WithSummary("The company's call queues by name.").RequirePermission(Permission.NumbersRead);
        queues.MapGet("/{name}", QueueEndpoints.GetAsync).WithName("GetQueue").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.NumbersRead);
        queues.MapPut("/{name}", QueueEndpoints.PutAsync).WithName("PutQueue").WithSummary("Creates (201) or replaces (200) the queue's definition.").RequirePermission(Permission.NumbersWrite);
        queues.MapDelete("/{name}", QueueEndpoints.DeleteAsync).WithName("DeleteQueue").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.NumbersWrite);
        return endpoints;
    }
}
