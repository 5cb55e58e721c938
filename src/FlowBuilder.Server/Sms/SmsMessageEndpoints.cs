using FlowBuilder.Engine.Messaging;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Sms;

internal static class SmsMessageEndpoints
{
    public const int MaxTextLength = 1600;
    public const int MaxTake = 200;

    public static async Task<Results<Created<SmsMessageView>, ProblemHttpResult>> SendAsync(
        SendSmsRequest? request, ISmsGateway gateway, ISmsMessageStore messages, ICompanyContext company, CancellationToken cancellationToken)
    {
        var to = request?.To?.Trim() ?? "";
        if (to.Length == 0) return Invalid("$.to", "to is missing: give the recipient's number, e.g. +447700900123.");
        if (!SmsNumberFormat.IsNumber(SmsNumbers.Normalize(to)))
            return Invalid("$.to", $"'{to}' is not a phone number. Give 2 to 20 digits, optionally with a leading '+', e.g. +447700900123.");
        if (string.IsNullOrEmpty(request!.Text)) return Invalid("$.text", "text is missing: give the message to send.");
        if (request.Text.Length > MaxTextLength) return Invalid("$.text", $"text is {request.Text.Length} characters; at most {MaxTextLength} can be sent.");
        if (request.From is { Length: > 20 } from) return Invalid("$.from", $"from '{from}' is longer than 20 characters: give a number or an alphanumeric sender id of up to 11 characters.");

        var result = await gateway.SendAsync(new SmsRequest(company.CompanyId, to, request.From, request.Text), cancellationToken);
        var message = await messages.GetAsync(result.MessageId, cancellationToken)
            ?? throw new InvalidOperationException($"SMS '{result.MessageId}' was sent but is not stored.");
        return TypedResults.Created($"/api/sms/messages/{message.Id}", SmsMessageView.Of(message, withHistory: true));
    }

    public static async Task<Results<Ok<SmsMessagePageView>, ProblemHttpResult>> ListAsync(
        string? status, string? to, string? direction, int? skip, int? take, ISmsMessageStore messages, ICompanyContext company, CancellationToken cancellationToken)
    {
        SmsStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            wanted = SmsStatuses.Parse(status);
            if (wanted is null)
                return ApiProblems.BadRequest($"Unknown status '{status}'. Use one of: {string.Join(", ", Enum.GetValues<SmsStatus>().Select(SmsStatuses.Name))}.", ("path", "status"));
        }
        SmsDirection? way = null;
        if (!string.IsNullOrWhiteSpace(direction))
        {
            way = direction.Trim().ToLowerInvariant() switch
            {
                "inbound" => SmsDirection.Inbound,
                "outbound" => SmsDirection.Outbound,
                _ => null,
            };
            if (way is null) return ApiProblems.BadRequest($"Unknown direction '{direction}'. Use inbound or outbound.", ("path", "direction"));
        }
        var (first, count) = (skip ?? 0, take ?? 50);
        if (first < 0) return ApiProblems.BadRequest("skip must be 0 or more.", ("path", "skip"));
        if (count is < 1 or > MaxTake) return ApiProblems.BadRequest($"take must be between 1 and {MaxTake}.", ("path", "take"));
        var page = await messages.ListAsync(new SmsMessageQuery(company.CompanyId, wanted, string.IsNullOrWhiteSpace(to) ? null : to, way, first, count), cancellationToken);
        return TypedResults.Ok(new SmsMessagePageView(page.Items.Select(m => SmsMessageView.Of(m, withHistory: false)).ToList(), page.Total, first, count));
    }

    public static async Task<Results<Ok<SmsMessageView>, ProblemHttpResult>> GetAsync(
        string id, ISmsMessageStore messages, ICompanyContext company, CancellationToken cancellationToken)
    {
        var message = await messages.GetAsync(id, cancellationToken);
        if (message is null || message.CompanyId != company.CompanyId)
            return ApiProblems.NotFound("SMS not found", $"There is no message '{id}'. List messages at /api/sms/messages.", ("id", id));
        return TypedResults.Ok(SmsMessageView.Of(message, withHistory: true));
    }

    private static ProblemHttpResult Invalid(string path, string detail) =>
        ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "Invalid SMS", detail, ("path", path));
}
