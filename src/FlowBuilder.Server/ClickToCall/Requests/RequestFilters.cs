using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>Query string of the request list and its CSV: campaignId, status (comma-separated: failedCallingClient,failedCallingCompany),
/// creation time from (inclusive) and to (exclusive), phone (a prefix of the E.164 number), offset (default 0), limit (1–500, default 50).</summary>
internal sealed record RequestFilters(string? CampaignId, string? Status, DateTimeOffset? From, DateTimeOffset? To, string? Phone, int? Offset, int? Limit)
{
    public const int MaxLimit = 500;
    private const string StatusNames = "waiting, calling, completed, failedCallingClient, failedCallingCompany or cancelled";

    /// <summary>The store query, or a 400 problem naming the parameter at fault.</summary>
    public ProblemHttpResult? TryQuery(string companyId, out CallbackRequestQuery query)
    {
        query = new CallbackRequestQuery(companyId);
        var offset = Offset ?? 0;
        var limit = Limit ?? 50;
        if (offset < 0) return ApiProblems.BadRequest($"offset must be 0 or more; {offset} is not.", ("path", "offset"));
        if (limit < 1 || limit > MaxLimit) return ApiProblems.BadRequest($"limit must be between 1 and {MaxLimit}; {limit} is not.", ("path", "limit"));
        if (From is { } from && To is { } to && to <= from)
            return ApiProblems.BadRequest($"to ({to:O}) must be after from ({from:O}).", ("path", "to"));
        var statuses = new List<CallbackRequestStatus>();
        foreach (var part in (Status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var compact = part.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            if (!Enum.TryParse<CallbackRequestStatus>(compact, ignoreCase: true, out var status) || !Enum.IsDefined(status) || int.TryParse(compact, out _))
                return ApiProblems.BadRequest($"Unknown status '{part}'. Use {StatusNames}, several separated by commas.", ("path", "status"));
            if (!statuses.Contains(status)) statuses.Add(status);
        }
        var phone = Phone?.Trim().Replace(" ", "", StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(phone) && (phone.TrimStart('+').Length == 0 || !phone.TrimStart('+').All(char.IsAsciiDigit) || phone.LastIndexOf('+') > 0))
            return ApiProblems.BadRequest($"phone '{Phone}' is not the start of a phone number. Give digits in E.164 form, e.g. +4930.", ("path", "phone"));
        if (!string.IsNullOrEmpty(phone) && !phone.StartsWith('+')) phone = "+" + phone;
        query = new CallbackRequestQuery(companyId, string.IsNullOrWhiteSpace(CampaignId) ? null : CampaignId.Trim(), statuses.Count == 0 ? null : statuses,
            From?.ToUniversalTime(), To?.ToUniversalTime(), string.IsNullOrEmpty(phone) ? null : phone, offset, limit);
        return null;
    }
}
