namespace FlowBuilder.Server.SmsGateway;

internal static class SmsGatewayApi
{
    /// <summary>Callbacks of the generic HTTP SMS gateway (<c>FlowBuilder:Sms:Http</c>): delivery receipts and inbound messages.</summary>
    public static IEndpointRouteBuilder MapSmsGatewayApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/hooks/sms").WithTags("SMS gateway");
        group.MapPost("/receipts", SmsGatewayCallbacks.ReceiptAsync).WithName("SmsGatewayReceipt")
            .Accepts<SmsReceiptCallback>("application/json", "application/x-www-form-urlencoded")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("A delivery receipt from the HTTP SMS gateway: {id, status, error?} as JSON or a form.").AllowAnonymous();
        group.MapPost("/inbound", SmsGatewayCallbacks.InboundAsync).WithName("SmsGatewayInbound")
            .Accepts<SmsInboundCallback>("application/json", "application/x-www-form-urlencoded")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("An inbound (mobile-originated) message from the HTTP SMS gateway: {from, to, text} as JSON or a form.").AllowAnonymous();
        return endpoints;
    }
}
