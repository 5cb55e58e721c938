namespace FlowBuilder.Server.Webhooks;

internal static class WebhooksApi
{
    /// <summary>Inbound webhooks: <c>POST /hooks/{path}</c> starts the published flow bound to the path.</summary>
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/hooks/{**path}", WebhookEndpoint.HandleAsync).WithTags("Webhooks").WithName("InvokeWebhook")
            .Accepts<object>("application/json", "application/x-www-form-urlencoded")
            .Produces(StatusCodes.Status200OK)
            .Produces<WebhookAcceptedView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("Starts the flow bound to the path with the body as trigger and input. Synchronous or replying flows answer with the flow's reply; others with 202.");
        return endpoints;
    }
}
