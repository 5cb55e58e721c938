using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Calls;

internal static class CallEndpoints
{
    private const int MaxRingTimeoutSeconds = 300;

    public static async Task<Results<Accepted<CallPlacedView>, ProblemHttpResult>> PlaceAsync(
        PlaceCallRequest request, CallFlows calls, CallChannels channels, FlowEngine engine, ICompanyContext company, ISpendingGuard spending,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.FlowId))
            return ApiProblems.BadRequest("Say which published flow runs on the call: \"flowId\".", ("path", "$.flowId"));
        if (string.IsNullOrWhiteSpace(request.To))
            return ApiProblems.BadRequest("Say whom to call: \"to\" is a phone number or a SIP URI.", ("path", "$.to"));
        var ringTimeout = request.RingTimeoutSeconds ?? 30;
        if (ringTimeout is < 1 or > MaxRingTimeoutSeconds)
            return ApiProblems.BadRequest($"ringTimeoutSeconds must be between 1 and {MaxRingTimeoutSeconds}.", ("path", "$.ringTimeoutSeconds"));
        if (request.Channel is { } name && channels.Named(name) is null)
            return ApiProblems.BadRequest($"Unknown channel '{name}'. Use one of: {string.Join(", ", channels.Names)}.", ("path", "$.channel"));
        if (request.Channel is null && channels.Default is null)
            return ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "No call channel",
                "No call channel is enabled: turn SIP on (FlowBuilder:Sip:Enabled) or pass \"channel\": \"simulator\".");

        // Fails now (404 unknown flow, 409 unpublished) rather than after the callee has answered.
        await engine.Plans.GetAsync(company.CompanyId, request.FlowId, request.Version, cancellationToken);
        if (await spending.RefusalAsync(company.CompanyId, cancellationToken) is { } refusal)
            return ApiProblems.Create(StatusCodes.Status402PaymentRequired, "Spending stopped", refusal);
        var input = request.Input?.ToDictionary(p => p.Key, p => FlowValues.FromJson(p.Value), StringComparer.Ordinal);
        var callId = calls.PlaceOutbound(new OutboundCallRequest(
            company.CompanyId, request.FlowId, request.To.Trim(), Blank(request.From), Blank(request.Trunk), request.Version, input, request.Channel)
        {
            RingTimeout = TimeSpan.FromSeconds(ringTimeout),
        });
        return TypedResults.Accepted($"/api/calls/{callId}", new CallPlacedView(callId, request.FlowId, request.To.Trim(), "dialing"));
    }

    public static async Task<Results<Ok<CallView>, ProblemHttpResult>> GetAsync(
        string id, CallChannels channels, ICallRecordStore records, ICompanyContext company, CancellationToken cancellationToken)
    {
        // A CDR is written when a leg ends, so a call with one has ended (its channel may still remember it).
        var record = await records.FindAsync(id, cancellationToken);
        if (record is null && channels.For(id)?.Find(id) is { } live) return TypedResults.Ok(CallView.Live(live));
        if (record is null || (record.CompanyId is { } owner && owner != company.CompanyId))
            return ApiProblems.NotFound("Call not found", $"No call '{id}' is in progress or on record. List calls at /api/calls.", ("callId", id));
        return TypedResults.Ok(CallView.Ended(record));
    }

    public static async Task<Results<Ok<IReadOnlyList<CallView>>, ProblemHttpResult>> ListAsync(
        string? flowId, string? instanceId, DateTimeOffset? from, DateTimeOffset? to, int? limit,
        ICallRecordStore records, ICompanyContext company, CancellationToken cancellationToken)
    {
        var count = limit ?? 100;
        if (count is < 1 or > 1000) return ApiProblems.BadRequest("limit must be between 1 and 1000.", ("path", "limit"));
        var list = await records.ListAsync(new CallRecordQuery(company.CompanyId, Blank(flowId), Blank(instanceId), from, to, count), cancellationToken);
        IReadOnlyList<CallView> views = list.Select(CallView.Ended).ToList();
        return TypedResults.Ok(views);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
