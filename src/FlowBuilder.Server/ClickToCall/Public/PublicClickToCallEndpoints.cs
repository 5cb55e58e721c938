using System.Text.Json;
using FlowBuilder.Campaigns.ClickToCall.Intake;
using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.ClickToCall;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.ClickToCall.Public;

/// <summary>The endpoints web banners call, without authentication: the campaign's form settings, a new request, its status.</summary>
internal static class PublicClickToCallEndpoints
{
    /// <summary>Largest body the public request endpoint reads (a phone number, a flag and a page address).</summary>
    public const int MaxBodyBytes = 4096;
    private const int MaxUserAgentLength = 512;
    private const int MaxPageUrlLength = 2048;

    public static async Task<IResult> ConfigAsync(string key, HttpContext http, [FromServices] IClickToCallCampaignStore campaigns, TimeProvider time, CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(campaigns, key, cancellationToken);
        if (!PublicCors.Apply(http, campaign)) return PublicErrors.OriginNotAllowed(PublicCors.OriginOf(http.Request));
        if (campaign is null) return PublicErrors.UnknownCampaign();
        var now = time.GetUtcNow();
        var zone = CallingHours.FindZone(campaign.Hours.TimeZone);
        var open = campaign.Status == ClickToCallStatus.Active && zone is not null && CallingHours.IsOpen(campaign.Hours, zone, now);
        var next = open || zone is null || campaign.Status != ClickToCallStatus.Active ? null : CallingHours.NextOpen(campaign.Hours, zone, now);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new PublicCampaignView(campaign.WidgetTitle, campaign.ConsentText, campaign.DefaultCountry, open, next));
    }

    public static async Task<IResult> SubmitAsync(string key, HttpContext http, [FromServices] IClickToCallCampaignStore campaigns, [FromServices] IClickToCallRequests intake,
        [FromServices] IOptions<HttpJsonOptions> json, TimeProvider time, CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(campaigns, key, cancellationToken);
        if (!PublicCors.Apply(http, campaign)) return PublicErrors.OriginNotAllowed(PublicCors.OriginOf(http.Request));
        if (campaign is null) return PublicErrors.UnknownCampaign();
        var (body, problem) = await ReadAsync(http.Request, json.Value.SerializerOptions, cancellationToken);
        if (body is null) return PublicErrors.InvalidBody(problem!);
        var request = http.Request;
        var pageUrl = Limit(string.IsNullOrWhiteSpace(body.PageUrl) ? request.Headers.Referer.ToString() : body.PageUrl.Trim(), MaxPageUrlLength);
        var submission = new CallbackSubmission(key, body.Phone?.Trim() ?? "", body.Consent ?? false, SourceAddress(http),
            pageUrl, Limit(request.Headers.UserAgent.ToString(), MaxUserAgentLength), PublicCors.OriginOf(request));
        var result = await intake.SubmitAsync(submission, cancellationToken);
        if (!result.Accepted) return PublicErrors.Refused(http.Response, result);
        var accepted = result.Request!;
        var scheduledFor = result.ScheduledFor ?? accepted.NextAttemptAt;
        var message = scheduledFor <= time.GetUtcNow().AddMinutes(1)
            ? $"We will call you at {accepted.ClientPhone} shortly."
            : $"We will call you at {accepted.ClientPhone} when our lines open.";
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(new PublicAcceptedView(accepted.Id, accepted.Status, scheduledFor, message), statusCode: StatusCodes.Status202Accepted);
    }

    public static async Task<IResult> StatusAsync(string key, string id, HttpContext http, [FromServices] IClickToCallCampaignStore campaigns, [FromServices] ICallbackRequestStore requests,
        CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(campaigns, key, cancellationToken);
        if (!PublicCors.Apply(http, campaign)) return PublicErrors.OriginNotAllowed(PublicCors.OriginOf(http.Request));
        if (campaign is null) return PublicErrors.UnknownCampaign();
        var request = await requests.GetAsync(campaign.CompanyId, id, cancellationToken);
        if (request is null || request.CampaignId != campaign.Id)
            return TypedResults.Json(new PublicErrorView("unknown_request", "This request is not known. Please send the form again.", "id"), statusCode: StatusCodes.Status404NotFound);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new PublicStatusView(request.Id, request.Status, request.NextAttemptAt));
    }

    public static async Task<IResult> PreflightAsync(string key, HttpContext http, [FromServices] IClickToCallCampaignStore campaigns, CancellationToken cancellationToken) =>
        PublicCors.Preflight(http, await FindAsync(campaigns, key, cancellationToken));

    /// <summary>The campaign with this key unless it is archived; null for keys of the wrong shape, without a lookup.</summary>
    private static async Task<ClickToCallCampaign?> FindAsync(IClickToCallCampaignStore campaigns, string key, CancellationToken cancellationToken)
    {
        if (!Settings.CampaignKeys.LooksValid(key)) return null;
        var campaign = await campaigns.FindByKeyAsync(key, cancellationToken);
        return campaign is { Status: not ClickToCallStatus.Archived } ? campaign : null;
    }

    /// <summary>The client's address: the connection's peer, which the forwarded-headers middleware replaces with the client's
    /// only when FlowBuilder:Server:KnownProxies names the proxy.</summary>
    private static string SourceAddress(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    private static async Task<(PublicRequestBody? Body, string? Problem)> ReadAsync(HttpRequest request, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var consent = form["consent"].ToString().Trim().ToLowerInvariant();
            return (new PublicRequestBody(form["phone"].ToString(), consent is "true" or "on" or "1" or "yes", form["pageUrl"].ToString()), null);
        }
        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            return (null, $"Send the request as JSON ({{\"phone\": \"+4930123456\", \"consent\": true}}) or as a form; '{type}' is neither.");
        try
        {
            var body = await JsonSerializer.DeserializeAsync<PublicRequestBody>(request.Body, options, cancellationToken);
            return body is null ? (null, "The body is empty. Send {\"phone\": \"+4930123456\", \"consent\": true}.") : (body, null);
        }
        catch (JsonException error)
        {
            return (null, $"The body is not the JSON expected ({error.Message.Split(" Path:")[0]}). Send {{\"phone\": \"+4930123456\", \"consent\": true}}.");
        }
    }

    private static string? Limit(string? text, int length) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Length <= length ? text : text[..length];
}
