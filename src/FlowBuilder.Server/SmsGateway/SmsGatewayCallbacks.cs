using System.Text.Json;
using FlowBuilder.Engine.Http;
using FlowBuilder.Messaging.HttpGateway;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.WebUtilities;

namespace FlowBuilder.Server.SmsGateway;

/// <summary>Checks a callback (gateway configured, signature when a secret is set, required fields) and forwards it to
/// the HTTP transport's sink. Answers 503 when the sink is not there or fails, so the gateway sends it again.</summary>
internal static class SmsGatewayCallbacks
{
    private const int MaxBodyBytes = 64 * 1024;

    public static async Task<IResult> ReceiptAsync(HttpContext context, IServiceProvider services, TimeProvider time, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (transport, fields, problem) = await ReadAsync(context, services, time, cancellationToken);
        if (problem is not null) return problem;
        var id = First(fields!, "id", "messageId", "message_id");
        var status = First(fields!, "status", "stat", "state");
        if (string.IsNullOrWhiteSpace(id)) return Missing("id", "the gateway's message id, as returned when the message was sent");
        if (string.IsNullOrWhiteSpace(status)) return Missing("status", "a delivery state such as delivered, failed, expired or rejected");
        var error = First(fields!, "error", "err", "errorCode");
        return await ForwardAsync(logs, "receipt", () => transport!.ReportReceiptAsync(id, status, error, Raw(fields!), cancellationToken));
    }

    public static async Task<IResult> InboundAsync(HttpContext context, IServiceProvider services, TimeProvider time, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (transport, fields, problem) = await ReadAsync(context, services, time, cancellationToken);
        if (problem is not null) return problem;
        var from = First(fields!, "from");
        var to = First(fields!, "to");
        var text = First(fields!, "text", "body", "message");
        if (string.IsNullOrWhiteSpace(from)) return Missing("from", "the sender's number");
        if (string.IsNullOrWhiteSpace(to)) return Missing("to", "our number or short code the message was sent to");
        if (text is null) return Missing("text", "the message text");
        return await ForwardAsync(logs, "inbound message", () => transport!.ReportInboundAsync(from, to, text, cancellationToken));
    }

    private static async Task<(HttpGatewayTransport? Transport, Dictionary<string, string?>? Fields, IResult? Problem)> ReadAsync(
        HttpContext context, IServiceProvider services, TimeProvider time, CancellationToken cancellationToken)
    {
        if (services.GetService<HttpGatewayTransport>() is not { } transport)
            return (null, null, ApiProblems.NotFound("No HTTP SMS gateway",
                $"No HTTP SMS gateway is configured, so its callbacks are off. Set {HttpGatewayOptions.Section}:Url."));
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null)
            return (null, null, ApiProblems.Create(StatusCodes.Status413PayloadTooLarge, "Callback too large", $"An SMS gateway callback may be at most {MaxBodyBytes} bytes."));
        if (!string.IsNullOrEmpty(transport.Options.CallbackSecret))
        {
            var check = WebhookSignature.Verify(context.Request.Headers[WebhookSignature.HeaderName].FirstOrDefault(), transport.Options.CallbackSecret,
                body, time.GetUtcNow(), TimeSpan.FromSeconds(transport.Options.CallbackToleranceSeconds));
            if (check != SignatureCheck.Valid)
                return (null, null, ApiProblems.Create(StatusCodes.Status401Unauthorized, "Signature not valid",
                    $"The callback's {WebhookSignature.HeaderName} header is {check.ToString().ToLowerInvariant()}. Sign the body with {HttpGatewayOptions.Section}:CallbackSecret: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.\" + body>.",
                    ("header", WebhookSignature.HeaderName)));
        }
        var fields = Parse(context.Request, body);
        if (fields is null)
            return (null, null, ApiProblems.BadRequest("The callback body is neither a JSON object nor a form (application/x-www-form-urlencoded)."));
        return (transport, fields, null);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Dictionary<string, string?>? Parse(HttpRequest request, byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        if (request.HasFormContentType)
            return QueryHelpers.ParseQuery(text).ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            return document.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => p.Value.GetRawText(),
                },
                StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<IResult> ForwardAsync(ILoggerFactory logs, string what, Func<Task<bool>> forward)
    {
        try
        {
            if (await forward()) return TypedResults.NoContent();
            return ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "SMS service not started",
                $"The HTTP SMS transport is not started yet, so the {what} was not taken. Send it again later.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.CreateLogger(typeof(SmsGatewayCallbacks)).LogWarning(e, "The SMS service failed on an HTTP gateway {What}", what);
            return ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "SMS service failed",
                $"The SMS service could not store the {what}. Send it again later.");
        }
    }

    private static string? First(Dictionary<string, string?> fields, params string[] names)
    {
        foreach (var name in names)
            if (fields.TryGetValue(name, out var value) && value is not null) return value;
        return null;
    }

    private static IResult Missing(string field, string what) =>
        ApiProblems.BadRequest($"The callback has no '{field}': send {what}.", ("field", field));

    private static string Raw(Dictionary<string, string?> fields) => JsonSerializer.Serialize(fields);
}
