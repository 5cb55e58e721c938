namespace FlowBuilder.Engine.ClickToCall;

/// <summary>Callback requests kept in memory, with the same claim and transition rules as the SQL store.</summary>
public sealed class InMemoryCallbackRequestStore(IClickToCallCampaignStore campaigns) : ICallbackRequestStore
{
    private static readonly CallbackRequestStatus[] Failed = [CallbackRequestStatus.FailedCallingClient, CallbackRequestStatus.FailedCallingCompany];
    private readonly Dictionary<string, CallbackRequest> _requests = new(StringComparer.Ordinal);
    private readonly List<CallbackLeg> _legs = [];
    private readonly List<CallbackComment> _comments = [];
    private readonly HashSet<(string RequestId, int Attempt)> _finished = [];
    private readonly Lock _gate = new();

    public ValueTask AddAsync(CallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (!_requests.TryAdd(request.Id, request)) throw new InvalidOperationException($"Callback request '{request.Id}' exists already.");
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<CallbackRequest?> GetAsync(string companyId, string requestId, CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult(_requests.TryGetValue(requestId, out var request) && request.CompanyId == companyId ? request : null);
    }

    public ValueTask<CallbackRequestPage> ListAsync(CallbackRequestQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var matching = _requests.Values.Where(r => r.CompanyId == query.CompanyId
                    && (query.CampaignId is null || r.CampaignId == query.CampaignId)
                    && (query.Statuses is not { Count: > 0 } statuses || statuses.Contains(r.Status))
                    && (query.From is null || r.CreatedAt >= query.From)
                    && (query.To is null || r.CreatedAt < query.To)
                    && (string.IsNullOrEmpty(query.Phone) || r.ClientPhone.StartsWith(query.Phone, StringComparison.Ordinal)))
                .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal).ToList();
            return ValueTask.FromResult(new CallbackRequestPage(matching.Skip(query.Skip).Take(query.Take).ToList(), matching.Count));
        }
    }

    public async ValueTask<IReadOnlyList<CallbackRequest>> ClaimDueAsync(DateTimeOffset now, int limit, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        var active = (await campaigns.ListActiveAsync(cancellationToken).ConfigureAwait(false)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            var claimed = new List<CallbackRequest>();
            var lapsed = _requests.Values.Where(r => r.Status == CallbackRequestStatus.Calling && r.ClaimedUntil < now)
                .OrderBy(r => r.ClaimedUntil).Take(limit).ToList();
            foreach (var request in lapsed)
            {
                var taken = request with { ClaimedBy = node, ClaimedUntil = claimedUntil, UpdatedAt = now };
                _requests[request.Id] = taken;
                claimed.Add(taken);
            }
            var due = _requests.Values.Where(r => r.Status == CallbackRequestStatus.Waiting && r.NextAttemptAt <= now && active.Contains(r.CampaignId))
                .OrderBy(r => r.NextAttemptAt).ThenBy(r => r.CreatedAt).Take(limit - claimed.Count).ToList();
            foreach (var request in due)
            {
                var taken = request with
                {
                    Status = CallbackRequestStatus.Calling,
                    Attempts = request.Attempts + 1,
                    ClaimedBy = node,
                    ClaimedUntil = claimedUntil,
                    FirstCalledAt = request.FirstCalledAt ?? now,
                    UpdatedAt = now,
                };
                _requests[request.Id] = taken;
                claimed.Add(taken);
            }
            return claimed;
        }
    }

    public ValueTask<IReadOnlyList<CallbackRequest>> RecoverAsync(string node, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        lock (_gate)
            return ValueTask.FromResult<IReadOnlyList<CallbackRequest>>(_requests.Values
                .Where(r => r.Status == CallbackRequestStatus.Calling && r.ClaimedBy == node)
                .OrderBy(r => r.ClaimedUntil).ThenBy(r => r.Id, StringComparer.Ordinal).ToList());
    }

    public ValueTask<bool> RenewClaimAsync(string requestId, string node, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_requests.TryGetValue(requestId, out var request) || request.Status != CallbackRequestStatus.Calling || request.ClaimedBy != node)
                return ValueTask.FromResult(false);
            _requests[requestId] = request with { ClaimedUntil = claimedUntil };
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask SetInstanceAsync(string requestId, string instanceId, CancellationToken cancellationToken)
    {
        Change(requestId, r => r with { InstanceId = instanceId });
        return ValueTask.CompletedTask;
    }

    public ValueTask DeferAsync(string requestId, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken)
    {
        Change(requestId, r => r.Status != CallbackRequestStatus.Calling ? r : r with
        {
            Status = CallbackRequestStatus.Waiting,
            Attempts = Math.Max(0, r.Attempts - 1),
            NextAttemptAt = dueAt,
            Reason = reason ?? r.Reason,
            ClaimedBy = null,
            ClaimedUntil = null,
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> FinishAttemptAsync(CallbackAttemptOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Legs.FirstOrDefault(l => l.RequestId != outcome.RequestId || l.Attempt != outcome.Attempt) is { } stray)
            throw new ArgumentException($"Leg {stray.Side} of request '{stray.RequestId}' attempt {stray.Attempt} is not of the attempt being finished " +
                $"(request '{outcome.RequestId}' attempt {outcome.Attempt}).", nameof(outcome));
        if (outcome.Legs.GroupBy(l => l.Side).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"Request '{outcome.RequestId}' attempt {outcome.Attempt} has two {twice.Key} legs; give one leg per side.", nameof(outcome));
        lock (_gate)
        {
            // Only the running attempt may be finished: a stale finish (the claim lapsed, another node closed the attempt and the
            // request moved on) must not overwrite the newer state.
            if (!_requests.TryGetValue(outcome.RequestId, out var request) || request.Status != CallbackRequestStatus.Calling
                || request.Attempts != outcome.Attempt || !_finished.Add((outcome.RequestId, outcome.Attempt)))
                return ValueTask.FromResult(false);
            _legs.AddRange(outcome.Legs);
            var completed = outcome.Status == CallbackRequestStatus.Completed;
            _requests[request.Id] = request with
            {
                Status = outcome.Status,
                NextAttemptAt = outcome.NextAttemptAt ?? request.NextAttemptAt,
                Reason = completed ? null : outcome.Reason,
                ClaimedBy = null,
                ClaimedUntil = null,
                CompletedAt = completed ? outcome.EndedAt : request.CompletedAt,
                TalkSeconds = completed ? outcome.TalkSeconds : request.TalkSeconds,
                Price = completed ? outcome.Price : request.Price,
                Currency = completed ? outcome.Currency : request.Currency,
                UpdatedAt = outcome.EndedAt,
            };
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<bool> RequeueForCallbackAsync(string companyId, string requestId, string? operatorTarget, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_requests.TryGetValue(requestId, out var request) || request.CompanyId != companyId || !Failed.Contains(request.Status))
                return ValueTask.FromResult(false);
            _requests[requestId] = request with
            {
                Status = CallbackRequestStatus.Waiting,
                NextAttemptAt = dueAt,
                FirstLeg = FirstLeg.Company,
                CallbackOperator = operatorTarget,
                Source = "callback",
                UpdatedAt = dueAt,
            };
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<bool> CancelAsync(string companyId, string requestId, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_requests.TryGetValue(requestId, out var request) || request.CompanyId != companyId
                || (request.Status != CallbackRequestStatus.Waiting && !Failed.Contains(request.Status)))
                return ValueTask.FromResult(false);
            _requests[requestId] = request with { Status = CallbackRequestStatus.Cancelled, Reason = reason };
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<IReadOnlyList<CallbackLeg>> ListLegsAsync(IReadOnlyCollection<string> requestIds, CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult<IReadOnlyList<CallbackLeg>>(_legs.Where(l => requestIds.Contains(l.RequestId))
                .OrderBy(l => l.RequestId, StringComparer.Ordinal).ThenBy(l => l.Attempt).ThenBy(l => l.Side).ToList());
    }

    public ValueTask AddCommentAsync(CallbackComment comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comment);
        lock (_gate)
        {
            if (!_requests.ContainsKey(comment.RequestId)) throw new InvalidOperationException($"There is no callback request '{comment.RequestId}' to comment on.");
            _comments.Add(comment);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<CallbackComment>> ListCommentsAsync(IReadOnlyCollection<string> requestIds, CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult<IReadOnlyList<CallbackComment>>(_comments.Where(c => requestIds.Contains(c.RequestId)).OrderBy(c => c.CreatedAt).ToList());
    }

    public ValueTask<IReadOnlyList<CallbackRequest>> ListDueRemindersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult<IReadOnlyList<CallbackRequest>>(_requests.Values
                .Where(r => r.RemindAt <= now && r.RemindedAt is null && r.Status is not (CallbackRequestStatus.Completed or CallbackRequestStatus.Cancelled))
                .OrderBy(r => r.RemindAt).Take(limit).ToList());
    }

    public ValueTask<bool> MarkRemindedAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_requests.TryGetValue(requestId, out var request) || request.RemindedAt is not null) return ValueTask.FromResult(false);
            _requests[requestId] = request with { RemindedAt = at };
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<IReadOnlyList<CallbackRequest>> ListByPhoneAsync(string companyId, string clientPhone, DateTimeOffset sinceCreated, CancellationToken cancellationToken)
    {
        lock (_gate)
            return ValueTask.FromResult<IReadOnlyList<CallbackRequest>>(_requests.Values
                .Where(r => r.CompanyId == companyId && r.ClientPhone == clientPhone && r.CreatedAt >= sinceCreated)
                .OrderByDescending(r => r.CreatedAt).ToList());
    }

    private void Change(string requestId, Func<CallbackRequest, CallbackRequest> change)
    {
        lock (_gate)
            if (_requests.TryGetValue(requestId, out var request)) _requests[requestId] = change(request);
    }
}
