using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>Statistics, the CSV export and invoices of click-to-call requests.</summary>
public interface IClickToCallReports
{
    ValueTask<CallbackSummary> SummaryAsync(string companyId, string? campaignId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Buckets of <paramref name="bucket"/> (one hour or one day) from <paramref name="from"/> to <paramref name="to"/>, empty ones included.</summary>
    ValueTask<IReadOnlyList<CallbackSeriesPoint>> SeriesAsync(string companyId, string? campaignId, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken);

    /// <summary>Most requests first.</summary>
    ValueTask<IReadOnlyList<CallbackDirectionCount>> DirectionsAsync(string companyId, string? campaignId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Requests Waiting and Calling now (any creation time).</summary>
    ValueTask<(long Waiting, long Calling)> LiveAsync(string companyId, string? campaignId, CancellationToken cancellationToken);

    /// <summary>Writes every request the query selects (ignoring its paging) as UTF-8 CSV with a header row, one row per request with
    /// its last attempt's two legs; statuses as people read them (FAILED CALLING CLIENT).</summary>
    ValueTask WriteCsvAsync(Engine.ClickToCall.CallbackRequestQuery query, Stream output, CancellationToken cancellationToken);

    /// <summary>The invoice for requests completed in [from, to): one line per campaign at its price. Throws
    /// <see cref="ArgumentException"/> when from ≥ to or the requests are in more than one currency.</summary>
    ValueTask<InvoiceDocument> InvoiceAsync(string companyId, string? campaignId, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
