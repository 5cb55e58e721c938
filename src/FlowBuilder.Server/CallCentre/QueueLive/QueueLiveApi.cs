using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.CallCentre.QueueLive;

internal static class QueueLiveApi
{
    /// <summary>Queues as they are now (waiting callers, agents), agent log-in/out and pause, and queue statistics.</summary>
    public static IEndpointRouteBuilder MapQueueLiveApi(this IEndpointRouteBuilder endpoints)
    {
        var queue = endpoints.MapGroup("/api/queues/{name}").WithTags("Queues")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest);
        queue.MapGet("/live", QueueLiveEndpoints.LiveAsync).WithName("GetQueueLive")
            .WithSummary("Callers waiting (head first, with their wait so far) and the agents with their state and since when.").RequirePermission(Permission.NumbersRead);
        queue.MapPost("/agents/{agentId}/login", QueueLiveEndpoints.LogInAsync).WithName("LogInQueueAgent").WithSummary("The agent takes calls from the queue.").RequirePermission(Permission.NumbersWrite);
        queue.MapPost("/agents/{agentId}/logout", QueueLiveEndpoints.LogOutAsync).WithName("LogOutQueueAgent").WithSummary("The agent takes no more calls from the queue.").RequirePermission(Permission.NumbersWrite);
        queue.MapPost("/agents/{agentId}/pause", QueueLiveEndpoints.PauseAsync).WithName("PauseQueueAgent")
            .WithSummary("The agent stays logged in but is not rung; body { reason }.").RequirePermission(Permission.NumbersWrite);
        queue.MapPost("/agents/{agentId}/resume", QueueLiveEndpoints.ResumeAsync).WithName("ResumeQueueAgent").WithSummary("A paused agent takes calls again.").RequirePermission(Permission.NumbersWrite);
        queue.MapGet("/statistics", QueueLiveEndpoints.StatisticsAsync).WithName("GetQueueStatistics")
            .WithSummary("Offered, answered, abandoned, service level, speed of answer… of calls that entered in [from, to) (default: today, UTC), and the queue now.").RequirePermission(Permission.NumbersRead);
        endpoints.MapGet("/api/queue-statistics", QueueLiveEndpoints.AllStatisticsAsync).WithTags("Queues").WithName("ListQueueStatistics")
            .ProducesProblem(StatusCodes.Status400BadRequest).WithSummary("The statistics of every queue of the company for [from, to) (default: today, UTC).").RequirePermission(Permission.NumbersRead);
        return endpoints;
    }
}
