using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Statistics;
using FlowBuilder.Server.Billing;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Statistics;

/// <summary>The statistics dashboard: calls, answer-seizure ratio, average call duration and spend by period.</summary>
internal static class StatisticsEndpoints
{
    public static async Task<Results<Ok<StatisticsView>, ProblemHttpResult>> GetAsync(string? from, string? to, string? bucket,
        [FromServices] ICallStatistics statistics, [FromServices] ICompanyStore companies, [FromServices] BillingAccounts accounts, ICompanyContext company,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var profile = await companies.GetAsync(company.CompanyId, cancellationToken);
        var zone = QueryInstants.Zone(profile.TimeZone);
        var errors = new ValidationErrors();
        var range = StatisticsRange.Read(from, to, bucket, zone, time.GetUtcNow(), errors);
        if (range is null) return errors.ToProblem("Invalid statistics query");
        var buckets = await statistics.SummarizeAsync(
            new CallStatisticsQuery(company.CompanyId, range.From, range.To, range.Bucket, zone.Id), cancellationToken);
        var account = await accounts.AccountAsync(company.CompanyId, cancellationToken);
        long calls = 0, answered = 0, talk = 0, outbound = 0, inbound = 0;
        var spend = 0m;
        var views = new List<StatisticsBucketView>(buckets.Count);
        foreach (var b in buckets)
        {
            calls += b.Calls;
            answered += b.Answered;
            talk += b.TalkSeconds;
            outbound += b.Outbound;
            inbound += b.Inbound;
            spend += b.Spend;
            views.Add(new StatisticsBucketView(b.Start, b.Calls, b.Answered, CallRatios.Asr(b.Calls, b.Answered), CallRatios.AcdSeconds(b.Answered, b.TalkSeconds),
                Money.Round(b.Spend)));
        }
        var totals = new StatisticsTotalsView(calls, answered, CallRatios.Asr(calls, answered), CallRatios.AcdSeconds(answered, talk), CallRatios.Minutes(talk),
            outbound, inbound, Money.Round(spend));
        return TypedResults.Ok(new StatisticsView(range.From, range.To, range.Bucket, account.Currency, totals, views));
    }
}
