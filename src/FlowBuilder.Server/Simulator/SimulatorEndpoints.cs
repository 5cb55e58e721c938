using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Server.Calls;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Simulator;

internal static class SimulatorEndpoints
{
    private const string DefaultCaller = "+10000000000";
    private const string TestConsoleNumber = "test-console";
    private const double MaxRingSeconds = 600;

    public static async Task<Results<Created<SimulatedCallView>, ProblemHttpResult>> RingAsync(
        RingRequest request, CallSimulator simulator, CallFlows flows, ICompanyContext company, CancellationToken cancellationToken)
    {
        var flowId = Blank(request.FlowId);
        var to = Blank(request.To);
        if (flowId is null && to is null)
            return ApiProblems.BadRequest("Say which flow answers: \"to\" (a number a published flow's call trigger has) or \"flowId\".", ("path", "$.to"));
        if (flowId is null && request.Input is { Count: > 0 })
            return ApiProblems.BadRequest("\"input\" is given to a flow run by \"flowId\"; a flow started by its number gets the call as its trigger.", ("path", "$.input"));

        // A number belongs to one company's flow: ringing another company's number here would run its flow, so it is not found.
        if (flowId is null && (await flows.DecideAsync(Blank(request.From) ?? DefaultCaller, to!, cancellationToken)).CompanyId is { } owner && owner != company.CompanyId)
            return NoFlowFor(to!);
        var call = simulator.Ring(Blank(request.From) ?? DefaultCaller, to ?? TestConsoleNumber);
        string? instanceId;
        if (flowId is null)
        {
            var accepted = await flows.AcceptInboundAsync(simulator, call, cancellationToken);
            if (!accepted.IsStarted) return NoFlowFor(to!);
            instanceId = accepted.InstanceId;
        }
        else
        {
            var input = request.Input?.ToDictionary(p => p.Key, p => FlowValues.FromJson(p.Value), StringComparer.Ordinal);
            instanceId = await flows.StartOnCallAsync(simulator, call, company.CompanyId, flowId, request.Version, input, cancellationToken);
        }
        return TypedResults.Created($"/api/simulator/calls/{call.Id}", View(simulator, call, instanceId));
    }

    public static Results<Ok<SimulatedCallView>, ProblemHttpResult> Get(string id, CallSimulator simulator, ICompanyContext company) =>
        Find(simulator, id, company) is { } call ? TypedResults.Ok(View(simulator, call, instanceId: null)) : UnknownCall(id);

    public static Results<Ok<SimulatedCallView>, ProblemHttpResult> PressDigits(string id, DigitsRequest request, CallSimulator simulator, ICompanyContext company)
    {
        if (Find(simulator, id, company) is not { } call) return UnknownCall(id);
        var digits = request.Digits?.Trim() ?? "";
        if (digits.Length == 0 || digits.Any(c => !IsKey(c)))
            return ApiProblems.BadRequest($"\"digits\" must be keys of a phone keypad (0-9, *, #, A-D); got '{request.Digits}'.", ("path", "$.digits"));
        if (!simulator.IsUp(id) || call.AnsweredAt is null)
            return ApiProblems.Conflict("Call not answered", $"Call '{id}' is not answered (or has ended): digits can only be pressed on an answered call.", ("callId", id));
        simulator.PressDigits(id, digits);
        return TypedResults.Ok(View(simulator, call, instanceId: null));
    }

    public static Results<Ok<SimulatedCallView>, ProblemHttpResult> HangUp(string id, CallSimulator simulator, ICompanyContext company)
    {
        if (Find(simulator, id, company) is not { } call) return UnknownCall(id);
        simulator.HangUpByCaller(id);
        return TypedResults.Ok(View(simulator, call, instanceId: null));
    }

    public static Results<NoContent, ProblemHttpResult> ScriptDial(string number, ScriptDialRequest request, CallSimulator simulator)
    {
        DialStatus? status = request.Answer?.Trim().ToLowerInvariant() switch
        {
            "answered" => DialStatus.Answered,
            "busy" => DialStatus.Busy,
            "no-answer" => DialStatus.NoAnswer,
            "failed" => DialStatus.Failed,
            _ => null,
        };
        if (status is null)
            return ApiProblems.BadRequest($"\"answer\" must be answered, busy, no-answer or failed; got '{request.Answer}'.", ("path", "$.answer"));
        var after = request.AfterSeconds ?? 0;
        if (after is < 0 or > MaxRingSeconds)
            return ApiProblems.BadRequest($"\"afterSeconds\" must be between 0 and {MaxRingSeconds}.", ("path", "$.afterSeconds"));
        simulator.ScriptDial(number, status.Value, TimeSpan.FromSeconds(after));
        return TypedResults.NoContent();
    }

    /// <summary>The call, unless a flow of another company handles it.</summary>
    private static CallInfo? Find(CallSimulator simulator, string id, ICompanyContext company) =>
        simulator.Find(id) is { } call && (simulator.OwnerOf(id) is not { } owner || owner.CompanyId == company.CompanyId) ? call : null;

    private static ProblemHttpResult NoFlowFor(string to) =>
        ApiProblems.NotFound("No flow for this number",
            $"No published flow answers calls to '{to}'. Publish a flow whose trigger is {{\"type\": \"call\", \"number\": \"{to}\"}}, or ring a flow by \"flowId\".",
            ("number", to));

    private static SimulatedCallView View(CallSimulator simulator, CallInfo call, string? instanceId) =>
        SimulatedCallView.Of(call, instanceId, simulator.IsUp(call.Id), simulator.Transcript(call.Id));

    private static ProblemHttpResult UnknownCall(string id) =>
        ApiProblems.NotFound("Simulated call not found", $"No simulated call '{id}'. Ring one with POST /api/simulator/calls.", ("callId", id));

    private static bool IsKey(char c) => c is (>= '0' and <= '9') or '*' or '#' or (>= 'A' and <= 'D');

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
