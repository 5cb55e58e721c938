using FlowBuilder.Data.Notifications;
using FlowBuilder.Engine.Events;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Notifications;

internal static class SubscriptionEndpoints
{
    public const string PingType = "ping";

    public static async Task<Results<Created<SubscriptionCreatedView>, ProblemHttpResult>> CreateAsync(
        SubscriptionRequest? request, NotificationStore store, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request is null)
            return ApiProblems.BadRequest("Send the subscription as a JSON body: { \"url\": \"https://example.com/hook\", \"events\": [\"flow.completed\"] }.", ("path", "$"));
        if ((SubscriptionRules.CheckUrl(request.Url) ?? SubscriptionRules.CheckEvents(request.Events) ?? SubscriptionRules.CheckDescription(request.Description)) is { } problem)
            return problem;
        var now = time.GetUtcNow();
        var subscription = new EventSubscription(
            "sub_" + Guid.NewGuid().ToString("N"), company.CompanyId, request.Url!, SubscriptionRules.Normalize(request.Events!), request.Description,
            request.Active ?? true, SubscriptionRules.NewSecret(), now, now);
        await store.AddSubscriptionAsync(subscription, cancellationToken);
        return TypedResults.Created($"/api/subscriptions/{subscription.Id}", SubscriptionCreatedView.From(subscription));
    }

    public static async Task<Ok<IReadOnlyList<SubscriptionView>>> ListAsync(NotificationStore store, ICompanyContext company, CancellationToken cancellationToken)
    {
        var list = await store.ListSubscriptionsAsync(company.CompanyId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SubscriptionView>>(list.Select(SubscriptionView.From).ToList());
    }

    public static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> GetAsync(string id, NotificationStore store, ICompanyContext company, CancellationToken cancellationToken) =>
        await store.FindSubscriptionAsync(company.CompanyId, id, cancellationToken) is { } found
            ? TypedResults.Ok(SubscriptionView.From(found))
            : SubscriptionProblems.SubscriptionNotFound(id);

    public static async Task<Results<Ok<SubscriptionView>, ProblemHttpResult>> PatchAsync(
        string id, SubscriptionRequest? request, NotificationStore store, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request is null)
            return ApiProblems.BadRequest("Send the fields to change as a JSON body, e.g. { \"active\": false }.", ("path", "$"));
        var problem = (request.Url is null ? null : SubscriptionRules.CheckUrl(request.Url))
                      ?? (request.Events is null ? null : SubscriptionRules.CheckEvents(request.Events))
                      ?? SubscriptionRules.CheckDescription(request.Description);
        if (problem is not null) return problem;
        var changed = await store.UpdateSubscriptionAsync(company.CompanyId, id, s => s with
        {
            Url = request.Url ?? s.Url,
            Events = request.Events is { } events ? SubscriptionRules.Normalize(events) : s.Events,
            Description = request.Description ?? s.Description,
            Active = request.Active ?? s.Active,
            UpdatedAt = time.GetUtcNow(),
        }, cancellationToken);
        return changed is null ? SubscriptionProblems.SubscriptionNotFound(id) : TypedResults.Ok(SubscriptionView.From(changed));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, NotificationStore store, ICompanyContext company, CancellationToken cancellationToken) =>
        await store.DeleteSubscriptionAsync(company.CompanyId, id, cancellationToken) ? TypedResults.NoContent() : SubscriptionProblems.SubscriptionNotFound(id);

    public static async Task<Results<Ok<SecretView>, ProblemHttpResult>> RotateSecretAsync(
        string id, NotificationStore store, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var secret = SubscriptionRules.NewSecret();
        var changed = await store.UpdateSubscriptionAsync(company.CompanyId, id, s => s with { Secret = secret, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        return changed is null ? SubscriptionProblems.SubscriptionNotFound(id) : TypedResults.Ok(new SecretView(id, secret));
    }

    /// <summary>Queues a <c>ping</c> event to this subscription only (even when inactive), through the same outbox and dispatcher.</summary>
    public static async Task<Results<Accepted<PingView>, ProblemHttpResult>> TestAsync(
        string id, NotificationStore store, DispatchSignal signal, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await store.FindSubscriptionAsync(company.CompanyId, id, cancellationToken) is null) return SubscriptionProblems.SubscriptionNotFound(id);
        var now = time.GetUtcNow();
        var ping = PlatformEvent.Create(PingType, company.CompanyId, now, new Dictionary<string, object?> { ["subscriptionId"] = id });
        var deliveryId = await store.AppendForSubscriptionAsync(new OutboxEvent(ping.Id, ping.CompanyId, ping.Type, ping.OccurredAt, EventBody.Write(ping)), id, now, cancellationToken);
        signal.Wake();
        return TypedResults.Accepted($"/api/deliveries/{deliveryId}", new PingView(ping.Id, deliveryId));
    }
}
