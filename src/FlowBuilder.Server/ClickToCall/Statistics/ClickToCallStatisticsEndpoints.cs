using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.ClickToCall.Statistics;

/// <summary>Statistics of a period (and a comparison period) and the invoice PDF.</summary>
internal static class ClickToCallStatisticsEndpoints
{
    public const int MaxBuckets = 5000;

    /// <summary>Period [from, to) (default: the last 30 days up to now); compareFrom and compareTo both or neither; bucket day (default) or hour.</summary>
    public static async Task<Results<Ok<ClickToCallStatisticsView>, ProblemHttpResult>> StatisticsAsync(string? campaignId, DateTimeOffset? from,
        DateTimeOffset? to, DateTimeOffset? compareFrom, DateTimeOffset? compareTo, string? bucket, [FromServices] IClickToCallReports reports,
        ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var end = (to ?? time.GetUtcNow()).ToUniversalTime();
        var start = (from ?? end.AddDays(-30)).ToUniversalTime();
        if (end <= start) return ApiProblems.BadRequest($"to ({end:O}) must be after from ({start:O}).", ("path", "to"));
        if (compareFrom.HasValue != compareTo.HasValue)
            return ApiProblems.BadRequest("Give both compareFrom and compareTo to compare with another period, or neither.", ("path", compareFrom.HasValue ? "compareTo" : "compareFrom"));
        if (compareFrom is { } cf && compareTo is { } ct && ct <= cf)
            return ApiProblems.BadRequest($"compareTo ({ct:O}) must be after compareFrom ({cf:O}).", ("path", "compareTo"));
        TimeSpan length;
        switch (bucket?.Trim().ToLowerInvariant())
        {
            case null or "" or "day": length = TimeSpan.FromDays(1); break;
            case "hour": length = TimeSpan.FromHours(1); break;
            default: return ApiProblems.BadRequest($"Unknown bucket '{bucket}'. Use day or hour.", ("path", "bucket"));
        }
        if ((end - start) / length > MaxBuckets)
            return ApiProblems.BadRequest($"The period holds more than {MaxBuckets} {bucket ?? "day"} buckets. Pick a shorter period or bucket=day.", ("path", "bucket"));
        var campaign = string.IsNullOrWhiteSpace(campaignId) ? null : campaignId.Trim();
        var period = await reports.SummaryAsync(company.CompanyId, campaign, start, end, cancellationToken);
        CallbackSummary? compare = compareFrom is { } a && compareTo is { } b
            ? await reports.SummaryAsync(company.CompanyId, campaign, a.ToUniversalTime(), b.ToUniversalTime(), cancellationToken)
            : null;
        var (waiting, calling) = await reports.LiveAsync(company.CompanyId, campaign, cancellationToken);
        var series = await reports.SeriesAsync(company.CompanyId, campaign, start, end, length, cancellationToken);
        var directions = await reports.DirectionsAsync(company.CompanyId, campaign, start, end, cancellationToken);
        return TypedResults.Ok(new ClickToCallStatisticsView(period, compare, compare is null ? null : SummaryChangeView.Between(period, compare),
            new LiveCountsView(waiting, calling), series, directions));
    }

    /// <summary>The invoice for requests completed in [from, to) as a PDF; 422 when from ≥ to or the requests mix currencies.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> InvoiceAsync(DateOnly? from, DateOnly? to, string? campaignId,
        [FromServices] IClickToCallReports reports, [FromServices] IInvoiceRenderer renderer, ICompanyContext company, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (from is null) errors.Add("from", "from is missing. Give the first day of the period, e.g. from=2026-11-01.");
        if (to is null) errors.Add("to", "to is missing. Give the day after the period, e.g. to=2026-12-01 for November.");
        if (from is { } f && to is { } t && t <= f) errors.Add("to", $"to ({t:yyyy-MM-dd}) must be after from ({f:yyyy-MM-dd}): the period is [from, to).");
        if (errors.Any) return errors.ToProblem("Invalid invoice period");
        InvoiceDocument invoice;
        try
        {
            invoice = await reports.InvoiceAsync(company.CompanyId, string.IsNullOrWhiteSpace(campaignId) ? null : campaignId.Trim(), from!.Value, to!.Value, cancellationToken);
        }
        catch (ArgumentException refused)
        {
            var field = refused.ParamName is "from" or "to" or "campaignId" ? refused.ParamName : "period";
            var message = refused.ParamName is null ? refused.Message : refused.Message.Replace($" (Parameter '{refused.ParamName}')", "", StringComparison.Ordinal);
            return ValidationErrors.One(field, message, "Invoice not possible");
        }
        using var pdf = new MemoryStream();
        await renderer.RenderPdfAsync(invoice, pdf, cancellationToken);
        return TypedResults.File(pdf.ToArray(), "application/pdf", $"invoice-{invoice.Number}.pdf");
    }
}
