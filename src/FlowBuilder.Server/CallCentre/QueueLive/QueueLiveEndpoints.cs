using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.CallCentre.Queues;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.CallCentre.QueueLive;

internal static class QueueLiveEndpoints
{
    public static async Task<Results<Ok<QueueLiveView>, ProblemHttpResult>> LiveAsync(
        string name, [FromServices] ICallQueueStore store, [FromServices] CallQueues queues, [FromServices] ICompanyContext company, CancellationToken cancellationToken)
    {
        var queue = await store.FindAsync(company.CompanyId, name, cancellationToken);
        return queue is null ? UnknownQueue(name) : TypedResults.Ok(QueueLiveView.From(queues.Snapshot(queue)));
    }

    public static Task<Results<Ok<QueueAgentView>, ProblemHttpResult>> LogInAsync(
        string name, string agentId, [FromServices] ICallQueueStore store, [FromServices] CallQueues queues, [FromServices] ICompanyContext company, CancellationToken cancellationToken) =>
        ActAsync(name, agentId, store, company, q => queues.LogIn(q, agentId), cancellationToken);

    public static Task<Results<Ok<QueueAgentView>, ProblemHttpResult>> LogOutAsync(
        string name, string agentId, [FromServices] ICallQueueStore store, [FromServices] CallQueues queues, [FromServices] ICompanyContext company, CancellationToken cancellationToken) =>
        ActAsync(name, agentId, store, company, q => queues.LogOut(q, agentId), cancellationToken);

    public static Task<Results<Ok<QueueAgentView>, ProblemHttpResult>> PauseAsync(
        string name, string agentId, PauseAgentRequest? request, [FromServices] ICallQueueStore store, [FromServices] CallQueues queues, [FromServices] ICompanyContext company, CancellationToken cancellationToken) =>
        ActAsync(name, agentId, store, company, q => queues.Pause(q, agentId, request?.Reason), cancellationToken);

    public static Task<Results<Ok<QueueAgentView>, ProblemHttpResult>> ResumeAsync(
        string name, string agentId, [FromServices] ICallQueueStore store, [FromServices] CallQueues queues, [FromServices] ICompanyContext company, CancellationToken cancellationToken) =>
        ActAsync(name, agentId, store, company, q => queues.Resume(q, agentId), cancellationToken);

    public static async Task<Results<Ok<QueueStatistics>, ProblemHttpResult>> StatisticsAsync(
        string name, DateTimeOffset? from, DateTimeOffset? to, [FromServices] ICallQueueStore store, [FromServices] IQueueCallStore calls, [FromServices] CallQueues queues,
        TimeProvider time, [FromServices] ICompanyContext company, CancellationToken cancellationToken)
    {
        if (Period(from, to, time) is not { } period) return BadPeriod();
        var queue = await store.FindAsync(company.CompanyId, name, cancellationToken);
        if (queue is null) return UnknownQueue(name);
        var records = await calls.ListAsync(company.CompanyId, queue.Name, period.From, period.To, cancellationToken);
        return TypedResults.Ok(QueueStatistics.Compute(queue, records, period.From, period.To, queues.Snapshot(queue)));
    }

    public static async Task<Results<Ok<IReadOnlyList<QueueStatistics>>, ProblemHttpResult>> AllStatisticsAsync(
        DateTimeOffset? from, DateTimeOffset? to, [FromServices] ICallQueueStore store, [FromServices] IQueueCallStore calls, [FromServices] CallQueues queues,
        TimeProvider time, [FromServices] ICompanyContext company, CancellationToken cancellationToken)
    {
        if (Period(from, to, time) is not { } period) return BadPeriod();
        var all = await store.ListAsync(company.CompanyId, cancellationToken);
        var records = await calls.ListAsync(company.CompanyId, null, period.From, period.To, cancellationToken);
        IReadOnlyList<QueueStatistics> statistics = all
            .Select(q => QueueStatistics.Compute(q, records, period.From, period.To, queues.Snapshot(q)))
            .ToList();
        return TypedResults.Ok(statistics);
    }

    private static async Task<Results<Ok<QueueAgentView>, ProblemHttpResult>> ActAsync(
        string name, string agentId, [FromServices] ICallQueueStore store, [FromServices] ICompanyContext company, Func<CallQueueDefinition, QueueAgentActionResult> act,
        CancellationToken cancellationToken)
    {
        var queue = await store.FindAsync(company.CompanyId, name, cancellationToken);
        if (queue is null) return UnknownQueue(name);
        var result = act(queue);
        if (result is { Status: QueueAgentActionStatus.Done, Agent: { } agent }) return TypedResults.Ok(QueueAgentView.From(agent));
        return ApiProblems.NotFound("Agent not found",
            $"Queue '{queue.Name}' has no agent '{agentId}'. Its agents: {string.Join(", ", queue.Agents.Select(a => a.Id))}.",
            ("queue", queue.Name), ("agentId", agentId));
    }

    /// <summary>[from, to): both given, or today (UTC) by default; a lone <c>from</c> runs a day.</summary>
    private static (DateTimeOffset From, DateTimeOffset To)? Period(DateTimeOffset? from, DateTimeOffset? to, [FromServices] TimeProvider time)
    {
        var start = from ?? (to is { } end ? end.AddDays(-1) : new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero));
        var stop = to ?? start.AddDays(1);
        return stop > start ? (start, stop) : null;
    }

    private static ProblemHttpResult BadPeriod() =>
        ApiProblems.BadRequest("'to' must be after 'from' (ISO 8601 dates, e.g. from=2026-01-05&to=2026-01-06).", ("path", "to"));

    private static ProblemHttpResult UnknownQueue(string name) =>
        ApiProblems.NotFound("Queue not found", $"There is no queue '{name}'. List the queues at /api/queues.", ("queue", name));
}
