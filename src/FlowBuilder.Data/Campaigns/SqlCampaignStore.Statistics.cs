using FlowBuilder.Engine.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Campaigns;

internal sealed partial class SqlCampaignStore
{
    /// <summary>Three aggregate queries (queue by state, attempts by disposition, contacts reached); no row is loaded.</summary>
    public async ValueTask<CampaignCounts> CountAsync(string campaignId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var byState = await context.CampaignContacts.Where(c => c.CampaignId == campaignId)
            .GroupBy(c => c.State)
            .Select(g => new { State = g.Key, Count = g.LongCount(), Dialled = g.Sum(c => c.Attempts > 0 ? 1L : 0L), Converted = g.Sum(c => c.Converted ? 1L : 0L) })
            .ToListAsync(cancellationToken);
        var byDisposition = await context.CampaignAttempts.Where(a => a.CampaignId == campaignId)
            .GroupBy(a => a.Disposition)
            .Select(g => new { Disposition = g.Key, Count = g.LongCount(), Talk = g.Sum(a => a.TalkSeconds) })
            .ToListAsync(cancellationToken);
        var reached = await context.CampaignAttempts.Where(a => a.CampaignId == campaignId && a.Disposition == AttemptDisposition.Answered)
            .Select(a => a.ContactId).Distinct().LongCountAsync(cancellationToken);

        long State(params CampaignContactState[] states) => byState.Where(s => states.Contains(s.State)).Sum(s => s.Count);
        long Disposition(AttemptDisposition? disposition) => byDisposition.Where(d => d.Disposition == disposition).Sum(d => d.Count);
        return new CampaignCounts(
            Contacts: byState.Sum(s => s.Count),
            Waiting: State(CampaignContactState.Waiting, CampaignContactState.Claimed),
            Dialling: State(CampaignContactState.Dialling),
            Done: State(CampaignContactState.Done),
            Skipped: State(CampaignContactState.Skipped),
            DialledContacts: byState.Sum(s => s.Dialled),
            ReachedContacts: reached,
            ConvertedContacts: byState.Sum(s => s.Converted),
            Attempts: byDisposition.Sum(d => d.Count),
            Answered: Disposition(AttemptDisposition.Answered),
            Busy: Disposition(AttemptDisposition.Busy),
            NoAnswer: Disposition(AttemptDisposition.NoAnswer),
            Failed: Disposition(AttemptDisposition.Failed),
            Abandoned: Disposition(AttemptDisposition.Abandoned),
            Interrupted: Disposition(AttemptDisposition.Interrupted),
            InProgress: Disposition(null),
            TalkSeconds: byDisposition.Where(d => d.Disposition == AttemptDisposition.Answered).Sum(d => d.Talk));
    }

    public async ValueTask<IReadOnlyList<CampaignTimelinePoint>> TimelineAsync(string campaignId, DateTimeOffset since, TimeSpan bucket, CancellationToken cancellationToken)
    {
        if (bucket <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "A timeline bucket must be longer than zero.");
        await using var context = await database.OpenAsync(cancellationToken);
        const string sql = """
            SELECT (ended_at - @since) / @bucket AS slot,
                   COUNT(*),
                   SUM(CASE WHEN disposition = @answered THEN 1 ELSE 0 END),
                   SUM(CASE WHEN disposition = @busy THEN 1 ELSE 0 END),
                   SUM(CASE WHEN disposition = @noAnswer THEN 1 ELSE 0 END),
                   SUM(CASE WHEN disposition = @failed THEN 1 ELSE 0 END),
                   SUM(CASE WHEN disposition = @abandoned THEN 1 ELSE 0 END),
                   SUM(CASE WHEN converted THEN 1 ELSE 0 END)
            FROM campaign_attempts
            WHERE campaign_id = @campaign AND disposition IS NOT NULL AND ended_at IS NOT NULL AND ended_at >= @since
            GROUP BY (ended_at - @since) / @bucket
            ORDER BY slot
            """;
        var points = new List<CampaignTimelinePoint>();
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = CampaignSql.Command(context, sql,
                ("since", since.UtcTicks), ("bucket", bucket.Ticks), ("campaign", campaignId),
                ("answered", nameof(AttemptDisposition.Answered)), ("busy", nameof(AttemptDisposition.Busy)), ("noAnswer", nameof(AttemptDisposition.NoAnswer)),
                ("failed", nameof(AttemptDisposition.Failed)), ("abandoned", nameof(AttemptDisposition.Abandoned)));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                int Int(int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
                var slot = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
                points.Add(new CampaignTimelinePoint(new DateTimeOffset(since.UtcTicks + slot * bucket.Ticks, TimeSpan.Zero),
                    Int(1), Int(2), Int(3), Int(4), Int(5), Int(6), Int(7)));
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
        return points;
    }
}
