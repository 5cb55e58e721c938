using FlowBuilder.Billing.Invoices;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>
/// Statistics, the CSV export and invoices, computed from the request store page by page (a company's requests are read once
/// per report, never all at once into memory). Summaries, series and directions count requests by creation time; invoices count
/// them by completion time.
/// </summary>
internal sealed partial class ClickToCallReports(
    ICallbackRequestStore requests,
    IClickToCallCampaignStore campaigns,
    ICompanyStore companies,
    TimeProvider time,
    IOptions<InvoiceSellerOptions> seller) : IClickToCallReports
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private const int MaxBuckets = 5000;

    public async ValueTask<CallbackSummary> SummaryAsync(string companyId, string? campaignId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        var tally = new SummaryTally();
        await foreach (var request in CallbackRequestPages.EachAsync(requests, Period(companyId, campaignId, from, to), cancellationToken).ConfigureAwait(false))
            tally.Add(request);
        return tally.ToSummary(from, to);
    }

    public async ValueTask<IReadOnlyList<CallbackSeriesPoint>> SeriesAsync(
        string companyId, string? campaignId, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        if (bucket != Hour && bucket != Day)
            throw new ArgumentException($"bucket must be one hour or one day; {bucket} is neither.", nameof(bucket));
        var count = (int)Math.Min(int.MaxValue, (long)Math.Ceiling((to - from) / bucket));
        if (count > MaxBuckets)
            throw new ArgumentException($"The period {from:O} to {to:O} has {count} buckets of {bucket}; at most {MaxBuckets} are drawn. Choose day buckets or a shorter period.", nameof(bucket));
        var total = new long[count];
        var completed = new long[count];
        var failed = new long[count];
        await foreach (var request in CallbackRequestPages.EachAsync(requests, Period(companyId, campaignId, from, to), cancellationToken).ConfigureAwait(false))
        {
            var index = (int)((request.CreatedAt - from) / bucket);
            if (index < 0 || index >= count) continue;
            total[index]++;
            if (request.Status == CallbackRequestStatus.Completed) completed[index]++;
            if (IsFailed(request.Status)) failed[index]++;
        }
        return Enumerable.Range(0, count).Select(i => new CallbackSeriesPoint(from + (bucket * i), total[i], completed[i], failed[i])).ToList();
    }

    public async ValueTask<IReadOnlyList<CallbackDirectionCount>> DirectionsAsync(
        string companyId, string? campaignId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        CheckPeriod(from, to);
        var counts = new Dictionary<(string Label, string Country), (long Total, long Completed)>();
        await foreach (var request in CallbackRequestPages.EachAsync(requests, Period(companyId, campaignId, from, to), cancellationToken).ConfigureAwait(false))
        {
            var key = (request.Direction.Label, request.Direction.Country);
            var (total, completed) = counts.GetValueOrDefault(key);
            counts[key] = (total + 1, completed + (request.Status == CallbackRequestStatus.Completed ? 1 : 0));
        }
        return counts.Select(c => new CallbackDirectionCount(c.Key.Label, c.Key.Country, c.Value.Total, c.Value.Completed))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
    }

    public async ValueTask<(long Waiting, long Calling)> LiveAsync(string companyId, string? campaignId, CancellationToken cancellationToken)
    {
        var waiting = await requests.ListAsync(new CallbackRequestQuery(companyId, campaignId, [CallbackRequestStatus.Waiting], Take: 1), cancellationToken).ConfigureAwait(false);
        var calling = await requests.ListAsync(new CallbackRequestQuery(companyId, campaignId, [CallbackRequestStatus.Calling], Take: 1), cancellationToken).ConfigureAwait(false);
        return (waiting.Total, calling.Total);
    }

    internal static bool IsFailed(CallbackRequestStatus status) =>
        status is CallbackRequestStatus.FailedCallingClient or CallbackRequestStatus.FailedCallingCompany;

    private static CallbackRequestQuery Period(string companyId, string? campaignId, DateTimeOffset from, DateTimeOffset to) =>
        new(companyId, string.IsNullOrEmpty(campaignId) ? null : campaignId, From: from, To: to);

    private static void CheckPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (from >= to) throw new ArgumentException($"from ({from:O}) must be before to ({to:O}).", nameof(from));
    }
}
