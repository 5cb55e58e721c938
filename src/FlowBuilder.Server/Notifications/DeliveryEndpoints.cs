using FlowBuilder.Data.Notifications;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Notifications;

internal static class DeliveryEndpoints
{
    public static async Task<Results<Ok<DeliveryPageView>, ProblemHttpResult>> ListForSubscriptionAsync(
        string id, string? status, int? skip, int? take, NotificationStore store, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (await store.FindSubscriptionAsync(company.CompanyId, id, cancellationToken) is null) return SubscriptionProblems.SubscriptionNotFound(id);
        return await PageAsync(new DeliveryQuery(company.CompanyId, id), status, skip, take, store, cancellationToken);
    }

    public static Task<Results<Ok<DeliveryPageView>, ProblemHttpResult>> ListAsync(
        string? status, int? skip, int? take, NotificationStore store, ICompanyContext company, CancellationToken cancellationToken) =>
        PageAsync(new DeliveryQuery(company.CompanyId), status, skip, take, store, cancellationToken);

    public static async Task<Results<Ok<DeliveryView>, ProblemHttpResult>> GetAsync(string id, NotificationStore store, ICompanyContext company, CancellationToken cancellationToken) =>
        await store.FindDeliveryAsync(company.CompanyId, id, cancellationToken) is { } found
            ? TypedResults.Ok(DeliveryView.From(found.Delivery, found.Log))
            : SubscriptionProblems.DeliveryNotFound(id);

    /// <summary>Dead or delivered → pending with attempts reset; 409 for a delivery still pending or in flight.</summary>
    public static async Task<Results<Accepted<DeliveryView>, ProblemHttpResult>> RedeliverAsync(
        string id, NotificationStore store, DispatchSignal signal, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await store.RedeliverAsync(company.CompanyId, id, time.GetUtcNow(), cancellationToken);
        if (outcome.Delivery is not { } delivery) return SubscriptionProblems.DeliveryNotFound(id);
        if (!outcome.Accepted)
            return Problems.ApiProblems.Conflict("Delivery not finished",
                $"Delivery '{id}' is {delivery.Status}: it is already going to be sent. Only dead or delivered deliveries can be redelivered.", ("deliveryId", id), ("status", delivery.Status));
        signal.Wake();
        return TypedResults.Accepted($"/api/deliveries/{id}", DeliveryView.From(delivery));
    }

    private static async Task<Results<Ok<DeliveryPageView>, ProblemHttpResult>> PageAsync(
        DeliveryQuery query, string? status, int? skip, int? take, NotificationStore store, CancellationToken cancellationToken)
    {
        if (status is not null && !DeliveryStatuses.All.Contains(status))
            return SubscriptionProblems.Invalid("status", $"status '{status}' is not a delivery status. Known: {string.Join(", ", DeliveryStatuses.All)}.", ("known", DeliveryStatuses.All));
        if (skip is < 0) return SubscriptionProblems.Invalid("skip", $"skip must be 0 or more; {skip} is not.");
        if (take is < 1 or > 500) return SubscriptionProblems.Invalid("take", $"take must be between 1 and 500; {take} is not.");
        var page = query with { Status = status, Skip = skip ?? 0, Take = take ?? 50 };
        var (items, total) = await store.ListDeliveriesAsync(page, cancellationToken);
        return TypedResults.Ok(new DeliveryPageView(items.Select(d => DeliveryView.From(d)).ToList(), total, page.Skip, page.Take));
    }
}
