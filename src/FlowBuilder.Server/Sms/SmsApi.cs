using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Sms;

internal static class SmsApi
{
    /// <summary>Text messages (send, list, one with its history), opt-out lists and the transports' state.</summary>
    public static IEndpointRouteBuilder MapSmsApi(this IEndpointRouteBuilder endpoints)
    {
        var sms = endpoints.MapGroup("/api/sms").WithTags("SMS").ProducesProblem(StatusCodes.Status400BadRequest);
        sms.MapPost("/messages", SmsMessageEndpoints.SendAsync).WithName("SendSms").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Stores the message and hands it to the network: 201 with its status (sent, retrying, failed or opted-out).").RequirePermission(Permission.FlowsRun);
        sms.MapGet("/messages", SmsMessageEndpoints.ListAsync).WithName("ListSms")
            .WithSummary("Messages newest first; filters: status, to, direction (inbound|outbound); paging: skip, take (default 50, at most 200).").RequirePermission(Permission.CallsRead);
        sms.MapGet("/messages/{id}", SmsMessageEndpoints.GetAsync).WithName("GetSms").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One message with its parts and status history.").RequirePermission(Permission.CallsRead);
        sms.MapGet("/opt-outs", SmsOptOutEndpoints.ListAsync).WithName("ListSmsOptOuts").RequirePermission(Permission.NumbersRead);
        sms.MapPut("/opt-outs/{number}", SmsOptOutEndpoints.PutAsync).WithName("PutSmsOptOut")
            .WithSummary("Puts the number (normalised: no spaces, dashes or leading '+') on the opt-out list: Send SMS skips it.").RequirePermission(Permission.NumbersWrite);
        sms.MapDelete("/opt-outs/{number}", SmsOptOutEndpoints.DeleteAsync).WithName("DeleteSmsOptOut").ProducesProblem(StatusCodes.Status404NotFound).RequirePermission(Permission.NumbersWrite);
        sms.MapGet("/status", SmsStatusEndpoint.Get).WithName("SmsStatus").WithSummary("The SMS transports and their state.").RequirePermission(Permission.CallsRead);
        return endpoints;
    }
}
