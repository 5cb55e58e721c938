namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>
/// A queue's numbers for a period (from the <see cref="QueueCallRecord"/>s that entered in [<see cref="From"/>, <see cref="To"/>))
/// and its live state now. Every record counts as offered, whatever its result; nothing is left out (no short-abandon threshold).
/// <list type="bullet">
/// <item><see cref="ServiceLevelPercent"/> = 100 × (answered with wait ≤ <see cref="ServiceLevelSeconds"/>) / offered.
/// Abandoned, timed-out and failed calls count in the denominator; null when nothing was offered.</item>
/// <item><see cref="AverageSpeedOfAnswerSeconds"/> = mean wait of answered calls; null when none was answered.</item>
/// <item><see cref="AverageWaitSeconds"/> = mean wait of all offered calls; <see cref="MaxWaitSeconds"/> the longest.</item>
/// <item><see cref="AbandonmentRatePercent"/> = 100 × abandoned / offered; null when nothing was offered.</item>
/// </list>
/// Waits are <see cref="QueueCallRecord.WaitSeconds"/> (entering to answer, or to leaving). Percentages and means are rounded to
/// two decimals. The live counts are 0 when the queue has no live state.
/// </summary>
public sealed record QueueStatistics(
    string Queue,
    DateTimeOffset From,
    DateTimeOffset To,
    int ServiceLevelSeconds,
    int Offered,
    int Answered,
    int Abandoned,
    int TimedOut,
    int Failed,
    double? ServiceLevelPercent,
    double? AverageSpeedOfAnswerSeconds,
    double? AverageWaitSeconds,
    double? MaxWaitSeconds,
    double? AverageTalkSeconds,
    double? AbandonmentRatePercent,
    int CurrentQueueLength,
    double LongestCurrentWaitSeconds,
    int AgentsLoggedIn,
    int AgentsAvailable,
    int AgentsOnCall,
    int AgentsPaused)
{
    /// <param name="records">The queue's records that entered in [from, to); records of other queues are ignored.</param>
    /// <param name="live">The queue's live state now; null for none.</param>
    public static QueueStatistics Compute(
        CallQueueDefinition queue, IEnumerable<QueueCallRecord> records, DateTimeOffset from, DateTimeOffset to, QueueSnapshot? live)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(records);
        var mine = records.Where(r => r.CompanyId == queue.CompanyId && r.Queue == queue.Name).ToList();
        var answered = mine.Where(r => r.Result == QueueCallResult.Answered).ToList();
        var withinLevel = answered.Count(r => r.WaitSeconds <= queue.ServiceLevelSeconds);
        var talks = answered.Where(r => r.TalkEndedAt is not null).Select(r => (r.TalkEndedAt!.Value - r.LeftAt).TotalSeconds).ToList();
        var offered = mine.Count;
        var abandoned = mine.Count(r => r.Result == QueueCallResult.Abandoned);
        return new QueueStatistics(
            queue.Name, from, to, queue.ServiceLevelSeconds,
            offered, answered.Count, abandoned,
            mine.Count(r => r.Result == QueueCallResult.TimedOut),
            mine.Count(r => r.Result == QueueCallResult.Failed),
            Percent(withinLevel, offered),
            Mean(answered.Select(r => r.WaitSeconds)),
            Mean(mine.Select(r => r.WaitSeconds)),
            offered == 0 ? null : Round(mine.Max(r => r.WaitSeconds)),
            Mean(talks),
            Percent(abandoned, offered),
            live?.Waiting ?? 0,
            Round(live?.LongestWaitSeconds ?? 0),
            live?.AgentsLoggedIn ?? 0,
            live?.AgentsAvailable ?? 0,
            live?.AgentsOnCall ?? 0,
            live?.AgentsPaused ?? 0);
    }

    private static double? Percent(int part, int whole) => whole == 0 ? null : Round(100.0 * part / whole);

    private static double? Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Round(list.Average());
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
