using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Campaigns.Statistics;

internal static class CampaignStatisticsEndpoints
{
    public const int MaxMinutes = 7 * 24 * 60;

    public static async Task<Results<Ok<CampaignStatisticsView>, ProblemHttpResult>> StatisticsAsync(
        string id, [FromServices] ICampaignStore store, [FromServices] ICampaignControl control, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(company.CompanyId, id, cancellationToken) is null) return CampaignProblems.NotFound(id);
        var statistics = CampaignStatistics.From(await store.CountAsync(id, cancellationToken));
        return TypedResults.Ok(CampaignStatisticsView.From(statistics, control.Live(id)));
    }

    /// <summary>Finished attempts per bucket over the last <paramref name="minutes"/>; buckets start on multiples of the bucket length (UTC).</summary>
    public static async Task<Results<Ok<IReadOnlyList<CampaignTimelinePoint>>, ProblemHttpResult>> TimelineAsync(
        string id, int? minutes, int? bucketSeconds, [FromServices] ICampaignStore store, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var span = minutes ?? 60;
        var bucket = bucketSeconds ?? 60;
        if (span < 1 || span > MaxMinutes)
            return ApiProblems.BadRequest($"minutes must be between 1 and {MaxMinutes} (a week); {span} is not.", ("path", "minutes"));
        if (bucket < 1 || bucket > 86_400 || span * 60L / bucket > 10_000)
            return ApiProblems.BadRequest($"bucketSeconds must be between 1 and 86400 and give at most 10000 buckets over {span} minutes; {bucket} does not.", ("path", "bucketSeconds"));
        if (await store.GetAsync(company.CompanyId, id, cancellationToken) is null) return CampaignProblems.NotFound(id);
        var length = TimeSpan.FromSeconds(bucket);
        var from = time.GetUtcNow() - TimeSpan.FromMinutes(span);
        var since = new DateTimeOffset(from.UtcTicks - from.UtcTicks % length.Ticks, TimeSpan.Zero);
        return TypedResults.Ok(await store.TimelineAsync(id, since, length, cancellationToken));
    }
}
