namespace FlowBuilder.Engine.ClickToCall;

/// <summary>
/// Callback requests with their legs and comments (tables <c>callback_requests</c>, <c>callback_legs</c>,
/// <c>callback_comments</c>). Claims are atomic (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL), so several nodes never run the
/// same request, and every status change is one transaction.
/// </summary>
public interface ICallbackRequestStore
{
    ValueTask AddAsync(CallbackRequest request, CancellationToken cancellationToken);

    ValueTask<CallbackRequest?> GetAsync(string companyId, string requestId, CancellationToken cancellationToken);

    ValueTask<CallbackRequestPage> ListAsync(CallbackRequestQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically takes up to <paramref name="limit"/> requests of Active campaigns that are Waiting and due by <paramref name="now"/>
    /// (earliest due first), plus Calling ones whose claim lapsed before <paramref name="now"/> (a node died mid-attempt: they are
    /// returned with <see cref="CallbackRequest.Status"/> Calling so the caller can close that attempt first). Each is marked Calling,
    /// claimed by <paramref name="node"/> until <paramref name="claimedUntil"/>, its attempt count + 1 (not for lapsed ones), and
    /// <see cref="CallbackRequest.FirstCalledAt"/> set if null.
    /// </summary>
    ValueTask<IReadOnlyList<CallbackRequest>> ClaimDueAsync(DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken);

    /// <summary>After a restart of <paramref name="node"/>: the requests still Calling under its claim (lapsed or not), oldest claim
    /// first, unchanged, so the dispatcher can finish their attempts as interrupted before it claims anything.</summary>
    ValueTask<IReadOnlyList<CallbackRequest>> RecoverAsync(string node, CancellationToken cancellationToken);

    /// <summary>Extends the claim of a running attempt (the dispatcher renews it while the call lasts); false when the request is
    /// no longer claimed by <paramref name="node"/>.</summary>
    ValueTask<bool> RenewClaimAsync(string requestId, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken);

    /// <summary>Records the running attempt's flow instance id.</summary>
    ValueTask SetInstanceAsync(string requestId, string instanceId, CancellationToken cancellationToken);

    /// <summary>Calling → Waiting due at <paramref name="dueAt"/> without counting an attempt (outside hours, campaign paused);
    /// the attempt count claimed is given back.</summary>
    ValueTask DeferAsync(string requestId, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken);

    /// <summary>Writes the attempt's legs and moves the request to the outcome's status, clearing the claim, in one transaction.
    /// A second finish of the same attempt number changes nothing and returns false; so does a stale one (the request is no longer
    /// Calling, or its <see cref="CallbackRequest.Attempts"/> is not <see cref="CallbackAttemptOutcome.Attempt"/>). Every leg must be
    /// of this request and attempt, one per side.</summary>
    ValueTask<bool> FinishAttemptAsync(CallbackAttemptOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Failed request → Waiting, due at <paramref name="dueAt"/>, FirstLeg Company, with the operator target (null: the
    /// campaign's operators) and Source "callback". The attempt count is kept. False when the request is not failed.</summary>
    ValueTask<bool> RequeueForCallbackAsync(string companyId, string requestId, string? operatorTarget, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Waiting or failed → Cancelled; false otherwise.</summary>
    ValueTask<bool> CancelAsync(string companyId, string requestId, string reason, CancellationToken cancellationToken);

    /// <summary>Legs of these requests, in attempt order then client before company.</summary>
    ValueTask<IReadOnlyList<CallbackLeg>> ListLegsAsync(IReadOnlyCollection<string> requestIds, CancellationToken cancellationToken);

    ValueTask AddCommentAsync(CallbackComment comment, CancellationToken cancellationToken);

    /// <summary>Comments of these requests, oldest first.</summary>
    ValueTask<IReadOnlyList<CallbackComment>> ListCommentsAsync(IReadOnlyCollection<string> requestIds, CancellationToken cancellationToken);

    /// <summary>Requests neither Completed nor Cancelled whose <see cref="CallbackRequest.RemindAt"/> is at or before
    /// <paramref name="now"/> and that have no <see cref="CallbackRequest.RemindedAt"/> (the reminder job's work), oldest first.</summary>
    ValueTask<IReadOnlyList<CallbackRequest>> ListDueRemindersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Sets <see cref="CallbackRequest.RemindedAt"/> if not set; false when it was (another node sent it).</summary>
    ValueTask<bool> MarkRemindedAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Requests created from <paramref name="sinceCreated"/> with this client phone (any campaign of the company), for the
    /// duplicate check: a number with a request still Waiting or Calling is not queued twice.</summary>
    ValueTask<IReadOnlyList<CallbackRequest>> ListByPhoneAsync(string companyId, string clientPhone, DateTimeOffset sinceCreated, CancellationToken cancellationToken);
}
