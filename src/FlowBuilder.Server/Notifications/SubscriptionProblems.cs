using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Notifications;

internal static class SubscriptionProblems
{
    /// <summary>422 naming the field at fault (<c>path</c>, a JSON path like <c>$.events[1]</c>).</summary>
    public static ProblemHttpResult Invalid(string path, string detail, params (string Name, object? Value)[] extensions) =>
        ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "Invalid request", detail, [("path", path), .. extensions]);

    public static ProblemHttpResult SubscriptionNotFound(string id) =>
        ApiProblems.NotFound("Subscription not found", $"No subscription '{id}' exists. List subscriptions at /api/subscriptions.", ("subscriptionId", id));

    public static ProblemHttpResult DeliveryNotFound(string id) =>
        ApiProblems.NotFound("Delivery not found", $"No delivery '{id}' exists. List deliveries at /api/deliveries.", ("deliveryId", id));
}
