using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>Counts requests into a <see cref="CallbackSummary"/>. Revenue is summed in the currency most completed requests
/// were priced in (a company's campaigns share its tariff's currency); requests in another currency are left out of it.</summary>
internal sealed class SummaryTally
{
    private readonly Dictionary<CallbackRequestStatus, long> _byStatus = [];
    private readonly Dictionary<string, (long Count, decimal Sum)> _revenue = new(StringComparer.OrdinalIgnoreCase);
    private long _total;
    private double _waitSeconds;
    private double _talkSeconds;

    public void Add(CallbackRequest request)
    {
        _total++;
        _byStatus[request.Status] = _byStatus.GetValueOrDefault(request.Status) + 1;
        if (request.Status != CallbackRequestStatus.Completed) return;
        if (request.CompletedAt is { } completedAt) _waitSeconds += Math.Max(0, (completedAt - request.CreatedAt).TotalSeconds);
        _talkSeconds += request.TalkSeconds;
        if (request.Price is { } price && !string.IsNullOrEmpty(request.Currency))
        {
            var (count, sum) = _revenue.GetValueOrDefault(request.Currency);
            _revenue[request.Currency] = (count + 1, sum + price);
        }
    }

    public CallbackSummary ToSummary(DateTimeOffset from, DateTimeOffset to)
    {
        var completed = Count(CallbackRequestStatus.Completed);
        var cancelled = Count(CallbackRequestStatus.Cancelled);
        var decided = _total - cancelled;
        var currency = _revenue.OrderByDescending(r => r.Value.Count).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key).FirstOrDefault();
        var revenue = currency is null ? 0m : Math.Round(_revenue[currency].Sum, 2, MidpointRounding.AwayFromZero);
        return new CallbackSummary(
            from, to, _total, completed,
            Count(CallbackRequestStatus.FailedCallingClient), Count(CallbackRequestStatus.FailedCallingCompany),
            Count(CallbackRequestStatus.Waiting), Count(CallbackRequestStatus.Calling), cancelled,
            decided == 0 ? 0 : Math.Round((double)completed / decided, 4),
            completed == 0 ? 0 : Math.Round(_waitSeconds / completed, 1),
            completed == 0 ? 0 : Math.Round(_talkSeconds / completed, 1),
            revenue, currency?.ToUpperInvariant());
    }

    private long Count(CallbackRequestStatus status) => _byStatus.GetValueOrDefault(status);
}
