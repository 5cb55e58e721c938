using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.CallCentre.Queues;

internal static class QueueEndpoints
{
    public static async Task<Ok<IReadOnlyList<QueueView>>> ListAsync(ICallQueueStore queues, ICompanyContext company, CancellationToken cancellationToken)
    {
        var list = await queues.ListAsync(company.CompanyId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<QueueView>>(list.Select(QueueView.From).ToList());
    }

    public static async Task<Results<Ok<QueueView>, ProblemHttpResult>> GetAsync(
        string name, ICallQueueStore queues, ICompanyContext company, CancellationToken cancellationToken) =>
        await queues.FindAsync(company.CompanyId, name, cancellationToken) is { } queue ? TypedResults.Ok(QueueView.From(queue)) : NotFound(name);

    public static async Task<Results<Created<QueueView>, Ok<QueueView>, ProblemHttpResult>> PutAsync(
        string name, QueueRequest? request, ICallQueueStore queues, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (!CallCentreNames.IsName(name))
            return ApiProblems.BadRequest($"'{name}' is not a usable queue name: use {CallCentreNames.NameRule}.", ("path", "name"));
        if (request is null)
            return ApiProblems.BadRequest("Send the queue as a JSON body: { \"agents\": [{ \"target\": \"101\" }], \"strategy\": \"ring-all\" }.", ("path", "$"));
        var errors = new FieldErrors();
        var queue = QueueRules.Build(company.CompanyId, name, request, errors);
        if (queue is null) return errors.ToProblem();
        var existing = await queues.FindAsync(company.CompanyId, name, cancellationToken);
        await queues.SaveAsync(queue, cancellationToken);
        var view = QueueView.From(queue);
        return existing is null ? TypedResults.Created($"/api/queues/{name}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string name, ICallQueueStore queues, ICompanyContext company, CancellationToken cancellationToken) =>
        await queues.DeleteAsync(company.CompanyId, name, cancellationToken) ? TypedResults.NoContent() : NotFound(name);

    private static ProblemHttpResult NotFound(string name) =>
        ApiProblems.NotFound("Queue not found", $"No queue '{name}' exists. List queues at /api/queues.", ("name", name));
}
