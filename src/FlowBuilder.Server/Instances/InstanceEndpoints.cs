using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Instances;

internal static class InstanceEndpoints
{
    private const int MaxTake = 500;

    public static async Task<Results<Ok<InstancePageView>, ProblemHttpResult>> ListAsync(
        string? flowId, string? status, DateTimeOffset? from, DateTimeOffset? to, string? correlationId, int? skip, int? take,
        IInstanceStore store, FlowEngine engine, ICompanyContext company, CancellationToken cancellationToken)
    {
        InstanceStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<InstanceStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return ApiProblems.BadRequest($"Unknown status '{status}'. Use one of: {string.Join(", ", Enum.GetNames<InstanceStatus>().Select(n => n.ToLowerInvariant()))}.", ("path", "status"));
            wanted = parsed;
        }
        var (first, count) = (skip ?? 0, take ?? 50);
        if (first < 0) return ApiProblems.BadRequest("skip must be 0 or more.", ("path", "skip"));
        if (count is < 1 or > MaxTake) return ApiProblems.BadRequest($"take must be between 1 and {MaxTake}.", ("path", "take"));
        await engine.FlushAsync().WaitAsync(cancellationToken);
        var page = await store.QueryAsync(new InstanceQuery(company.CompanyId, Blank(flowId), wanted, from, to, Blank(correlationId), first, count), cancellationToken);
        return TypedResults.Ok(new InstancePageView(page.Items.Select(InstanceSummaryView.From).ToList(), page.Total, first, count));
    }

    public static async Task<Results<Ok<InstanceView>, ProblemHttpResult>> GetAsync(
        string id, IInstanceStore store, FlowEngine engine, ICompanyContext company, CancellationToken cancellationToken)
    {
        var snapshot = await InstanceLookup.FindAsync(store, engine, company.CompanyId, id, fresh: true, cancellationToken);
        if (snapshot is null) return NotFound(id);
        var journal = await store.GetJournalAsync(id, cancellationToken);
        var incidents = await store.GetIncidentsAsync(id, cancellationToken);
        return TypedResults.Ok(InstanceView.From(snapshot, journal, incidents));
    }

    public static async Task<Results<Ok<InstanceSummaryView>, ProblemHttpResult>> CancelAsync(
        string id, string? reason, IInstanceStore store, FlowEngine engine, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (await InstanceLookup.FindAsync(store, engine, company.CompanyId, id, fresh: false, cancellationToken) is null) return NotFound(id);
        var result = await engine.CancelAsync(id, string.IsNullOrWhiteSpace(reason) ? "Cancelled by request." : reason, cancellationToken);
        if (result != DeliveryResult.Accepted) return await Refused(result, id, store, engine, company, cancellationToken);
        var snapshot = await InstanceLookup.FindAsync(store, engine, company.CompanyId, id, fresh: true, cancellationToken);
        return TypedResults.Ok(InstanceSummaryView.From(snapshot!));
    }

    public static async Task<Results<Accepted<StimulusAcceptedView>, ProblemHttpResult>> DeliverAsync(
        string id, StimulusRequest request, IInstanceStore store, FlowEngine engine, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
            return ApiProblems.BadRequest("A stimulus needs a name: the event the waiting activity expects, e.g. \"dtmf\" or \"callback\".", ("path", "$.name"));
        if (await InstanceLookup.FindAsync(store, engine, company.CompanyId, id, fresh: false, cancellationToken) is null) return NotFound(id);
        var payload = request.Payload is { } json ? FlowValues.FromJson(json) : null;
        var result = await engine.DeliverAsync(id, new Stimulus(request.Name, payload, request.CorrelationKey), cancellationToken);
        if (result != DeliveryResult.Accepted) return await Refused(result, id, store, engine, company, cancellationToken);
        return TypedResults.Accepted($"/api/instances/{id}", new StimulusAcceptedView(id, request.Name));
    }

    private static async Task<ProblemHttpResult> Refused(DeliveryResult result, string id, IInstanceStore store, FlowEngine engine, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (result == DeliveryResult.NotFound) return NotFound(id);
        var snapshot = await InstanceLookup.FindAsync(store, engine, company.CompanyId, id, fresh: true, cancellationToken);
        var status = snapshot?.Status.ToString().ToLowerInvariant() ?? "finished";
        return ApiProblems.Conflict("Instance finished", $"Instance '{id}' has already finished ({status}); it takes no more stimuli and cannot be cancelled. Start a new instance if needed.",
            ("instanceId", id), ("instanceStatus", status));
    }

    private static ProblemHttpResult NotFound(string id) =>
        ApiProblems.NotFound("Instance not found", $"There is no instance '{id}'. GET /api/instances lists them.", ("instanceId", id));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
