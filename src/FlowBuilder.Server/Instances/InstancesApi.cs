using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Instances;

internal static class InstancesApi
{
    /// <summary>Run a flow, list and inspect instances, cancel them, and deliver stimuli to them.</summary>
    public static IEndpointRouteBuilder MapInstancesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/flows/{id}/run", RunEndpoint.RunAsync).WithTags("Instances").WithName("RunFlow")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Starts an instance of the published flow; by default waits (bounded) until it first suspends or finishes.").RequirePermission(Permission.FlowsRun);
        var instances = endpoints.MapGroup("/api/instances").WithTags("Instances").ProducesProblem(StatusCodes.Status400BadRequest);
        instances.MapGet("/", InstanceEndpoints.ListAsync).WithName("ListInstances").WithSummary("Instances, newest first; filter and page them.").RequirePermission(Permission.FlowsRead);
        instances.MapGet("/{id}", InstanceEndpoints.GetAsync).WithName("GetInstance").ProducesProblem(StatusCodes.Status404NotFound).WithSummary("An instance's state, journal and incidents.").RequirePermission(Permission.FlowsRead);
        instances.MapPost("/{id}/cancel", InstanceEndpoints.CancelAsync).WithName("CancelInstance")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).WithSummary("Cancels a running or suspended instance; 409 when it has finished.").RequirePermission(Permission.FlowsRun);
        instances.MapPost("/{id}/stimuli", InstanceEndpoints.DeliverAsync).WithName("DeliverStimulus")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Delivers an event (DTMF, call event, callback) to the instance; kept until the instance waits for it.").RequirePermission(Permission.FlowsRun);
        return endpoints;
    }
}
