namespace FlowBuilder.Server.Webhooks;

internal static class WebhooksApi
{
    /// <summary>Inbound webhooks: <c>POST /hooks/{path}</c> starts the published flow bound to the path;
    /// <c>POST /hooks/callbacks/{token}</c> resumes a Wait for Callback; <c>/api/flows/{id}/webhook-secret</c> manages signing secrets.</summary>
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/hooks/callbacks/{token}", CallbackEndpoint.HandleAsync).WithTags("Webhooks").WithName("DeliverCallback")
            .Accepts<object>("application/json", "application/x-www-form-urlencoded")
            .Produces<WebhookAcceptedView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .WithSummary("Resumes the instance waiting in Wait for Callback with the posted body (once).").AllowAnonymous();
        endpoints.MapPost("/hooks/{**path}", WebhookEndpoint.HandleAsync).WithTags("Webhooks").WithName("InvokeWebhook")
            .Accepts<object>("application/json", "application/x-www-form-urlencoded")
            .Produces(StatusCodes.Status200OK)
            .Produces<WebhookAcceptedView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("Starts the flow bound to the path with the body as trigger and input. Signed flows need X-FlowBuilder-Signature; "
                + "Idempotency-Key replays the first answer. Synchronous or replying flows answer with the flow's reply; others with 202.").AllowAnonymous();
        endpoints.MapWebhookSecrets();
        return endpoints;
    }
}
