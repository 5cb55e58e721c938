using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Billing.Rating;

/// <summary>
/// Decorates the CDR store: once a CDR is stored it is rated (<see cref="ICallRating"/>). A rating failure is logged and never
/// reaches the call that ended; <see cref="UnratedCallSweep"/> rates what was missed within a minute.
/// </summary>
internal sealed partial class RatingCallRecordStore(ICallRecordStore inner, ICallRating rating, ILogger<RatingCallRecordStore> logger) : ICallRecordStore
{
    internal ICallRecordStore Inner => inner;

    public async ValueTask AddAsync(CallDetailRecord record, CancellationToken cancellationToken)
    {
        await inner.AddAsync(record, cancellationToken).ConfigureAwait(false);
        try
        {
            await rating.RateAsync(record, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            LogRatingFailed(logger, error, record.CallId);
        }
    }

    public ValueTask<CallDetailRecord?> FindAsync(string callId, CancellationToken cancellationToken) => inner.FindAsync(callId, cancellationToken);

    public ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(CallRecordQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rating call {CallId} failed; the CDR is stored and the unrated-call sweep rates it within a minute")]
    private static partial void LogRatingFailed(ILogger logger, Exception error, string callId);
}
