using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Events;

namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

/// <summary><c>click-to-call.request.changed</c>: a request was accepted, started, finished, deferred or queued for a call back
/// (pages refresh on it). Data <c>{ requestId, campaignId, status, attempts, reason }</c>.</summary>
public static class ClickToCallEvents
{
    public const string RequestChanged = "click-to-call.request.changed";

    public static PlatformEvent Changed(CallbackRequest request, CallbackRequestStatus status, DateTimeOffset at, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PlatformEvent.Create(RequestChanged, request.CompanyId, at, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["requestId"] = request.Id,
            ["campaignId"] = request.CampaignId,
            ["status"] = StatusName(status),
            ["attempts"] = request.Attempts,
            ["reason"] = reason ?? request.Reason,
        });
    }

    /// <summary>The API's name of a status (camelCase).</summary>
    public static string StatusName(CallbackRequestStatus status)
    {
        var name = status.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
