using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Notifications;

internal static class NotificationsApi
{
    /// <summary>Event subscriptions (<c>/api/subscriptions</c>) and their deliveries (<c>/api/deliveries</c>).</summary>
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var subscriptions = endpoints.MapGroup("/api/subscriptions").WithTags("Notifications")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        subscriptions.MapPost("/", SubscriptionEndpoints.CreateAsync).WithName("CreateSubscription")
            .WithSummary("Subscribes a URL to event types; the answer carries the signing secret, shown only this once.").RequirePermission(Permission.IntegrationsWrite);
        subscriptions.MapGet("/", SubscriptionEndpoints.ListAsync).WithName("ListSubscriptions").RequirePermission(Permission.CallsRead);
        subscriptions.MapGet("/{id}", SubscriptionEndpoints.GetAsync).WithName("GetSubscription").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.CallsRead);
        subscriptions.MapPatch("/{id}", SubscriptionEndpoints.PatchAsync).WithName("UpdateSubscription").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.IntegrationsWrite);
        subscriptions.MapDelete("/{id}", SubscriptionEndpoints.DeleteAsync).WithName("DeleteSubscription").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.IntegrationsWrite);
        subscriptions.MapPost("/{id}/rotate-secret", SubscriptionEndpoints.RotateSecretAsync).WithName("RotateSubscriptionSecret").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.IntegrationsWrite);
        subscriptions.MapPost("/{id}/test", SubscriptionEndpoints.TestAsync).WithName("TestSubscription")
            .WithSummary("Sends a ping event to the subscription.").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.IntegrationsWrite);
        subscriptions.MapGet("/{id}/deliveries", DeliveryEndpoints.ListForSubscriptionAsync).WithName("ListSubscriptionDeliveries").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.CallsRead);

        var deliveries = endpoints.MapGroup("/api/deliveries").WithTags("Notifications").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        deliveries.MapGet("/", DeliveryEndpoints.ListAsync).WithName("ListDeliveries").WithSummary("Deliveries newest first; ?status=dead for the dead letters.").RequirePermission(Permission.CallsRead);
        deliveries.MapGet("/{id}", DeliveryEndpoints.GetAsync).WithName("GetDelivery").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.CallsRead);
        deliveries.MapPost("/{id}/redeliver", DeliveryEndpoints.RedeliverAsync).WithName("RedeliverDelivery")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).RequirePermission(Permission.IntegrationsWrite);
        return endpoints;
    }
}
