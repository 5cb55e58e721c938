using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Simulator;

internal static class SimulatorApi
{
    /// <summary>
    /// The simulator call channel over HTTP, for the designer's test console and for trying a call flow without a
    /// phone: ring a flow, press digits, hang up, read what the flow said.
    /// </summary>
    public static IEndpointRouteBuilder MapSimulatorApi(this IEndpointRouteBuilder endpoints)
    {
        var calls = endpoints.MapGroup("/api/simulator/calls").WithTags("Simulator")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        calls.MapPost("/", SimulatorEndpoints.RingAsync).WithName("RingSimulatedCall").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Rings a simulated inbound call: to the flow bound to \"to\", or to \"flowId\" whatever was dialled. The flow answers it.").RequirePermission(Permission.FlowsRun);
        calls.MapGet("/{id}", SimulatorEndpoints.Get).WithName("GetSimulatedCall")
            .WithSummary("A simulated call: whether it is up, and its transcript (what was said, played and pressed, and who hung up).").RequirePermission(Permission.FlowsRun);
        calls.MapPost("/{id}/digits", SimulatorEndpoints.PressDigits).WithName("PressSimulatedDigits")
            .ProducesProblem(StatusCodes.Status409Conflict).WithSummary("The caller presses keys (0-9, *, #, A-D).").RequirePermission(Permission.FlowsRun);
        calls.MapPost("/{id}/hangup", SimulatorEndpoints.HangUp).WithName("HangUpSimulatedCall")
            .WithSummary("The caller hangs up.").RequirePermission(Permission.FlowsRun);
        endpoints.MapPut("/api/simulator/numbers/{number}", SimulatorEndpoints.ScriptDial).WithTags("Simulator").WithName("ScriptSimulatedNumber")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("How a number answers when a flow dials it in the simulator: answered, busy, no-answer or failed, after a delay.").RequirePermission(Permission.FlowsRun);
        return endpoints;
    }
}
