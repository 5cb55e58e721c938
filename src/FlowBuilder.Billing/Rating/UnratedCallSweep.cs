using FlowBuilder.Engine.Billing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Billing.Rating;

/// <summary>
/// Rates the CDRs the <see cref="RatingCallRecordStore"/> missed (a crash between storing and rating, a database hiccup): at start
/// and every minute, the answered outbound legs of the last 7 days without a call entry (<see cref="IUnratedCallRecords"/>), in
/// batches of 1000 until none is left. Rating is idempotent, so several nodes sweeping together post each call once.
/// </summary>
internal sealed partial class UnratedCallSweep(IUnratedCallRecords unrated, ICallRating rating, TimeProvider time, ILogger<UnratedCallSweep> logger)
    : BackgroundService
{
    internal const int BatchSize = 1000;
    internal static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    internal static readonly TimeSpan LookBack = TimeSpan.FromDays(7);

    /// <summary>Raised after each pass (tests wait on it instead of sleeping).</summary>
    internal event Action? PassCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(Interval, time);
            do
            {
                await SweepAsync(stoppingToken).ConfigureAwait(false);
                PassCompleted?.Invoke();
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass; returns how many calls it posted.</summary>
    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var posted = 0;
        try
        {
            while (true)
            {
                var batch = await unrated.ListAsync(time.GetUtcNow() - LookBack, BatchSize, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0) return posted;
                var postedInBatch = 0;
                foreach (var record in batch)
                {
                    try
                    {
                        if ((await rating.RateAsync(record, cancellationToken).ConfigureAwait(false)).Posted) postedInBatch++;
                    }
                    catch (Exception error) when (error is not OperationCanceledException)
                    {
                        LogRatingFailed(logger, error, record.CallId);
                    }
                }

                posted += postedInBatch;
                // A batch that rated nothing would come back unchanged: wait for the next pass instead of spinning.
                if (postedInBatch == 0) return posted;
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogSweepFailed(logger, error);
            return posted;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rating call {CallId} failed; the next sweep tries again")]
    private static partial void LogRatingFailed(ILogger logger, Exception error, string callId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listing unrated calls failed; the next sweep tries again in a minute")]
    private static partial void LogSweepFailed(ILogger logger, Exception error);
}
