namespace FlowBuilder.Engine.Campaigns;

public sealed partial class InMemoryCampaignStore
{
    public ValueTask<CampaignAttempt?> BeginAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        lock (_gate)
        {
            var queue = Queue(attempt.CampaignId);
            if (!queue.Contacts.TryGetValue(attempt.ContactId, out var entry) || entry.State != CampaignContactState.Claimed
                || !string.Equals(entry.ClaimedBy, attempt.Node, StringComparison.Ordinal) || queue.Attempts.ContainsKey(attempt.Id))
                return ValueTask.FromResult<CampaignAttempt?>(null);
            var begun = attempt with { Number = entry.Attempts + 1, Phone = entry.Phone, Disposition = null, EndedAt = null };
            queue.Replace(entry with { State = CampaignContactState.Dialling, Attempts = begun.Number, ClaimedBy = null, ClaimedUntil = null, Reason = null });
            queue.Attempts[begun.Id] = begun;
            queue.AttemptOrder.Add(begun.Id);
            if (begun.InstanceId is { } instanceId) _attemptsByInstance[instanceId] = begun;
            return ValueTask.FromResult<CampaignAttempt?>(begun);
        }
    }

    public ValueTask UpdateAttemptAsync(CampaignAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        lock (_gate)
        {
            var queue = Queue(attempt.CampaignId);
            if (!queue.Attempts.TryGetValue(attempt.Id, out var stored) || stored.Disposition is not null) return ValueTask.CompletedTask;
            var updated = attempt with { Number = stored.Number, ContactId = stored.ContactId, Disposition = null };
            queue.Attempts[attempt.Id] = updated;
            if (updated.InstanceId is { } instanceId) _attemptsByInstance[instanceId] = updated;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> FinishAttemptAsync(AttemptOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var attempt = outcome.Attempt;
        if (attempt.Disposition is null) throw new ArgumentException($"Attempt '{attempt.Id}' is finished without a disposition.", nameof(outcome));
        lock (_gate)
        {
            var queue = Queue(attempt.CampaignId);
            if (!queue.Attempts.TryGetValue(attempt.Id, out var stored) || stored.Disposition is not null) return ValueTask.FromResult(false);
            var finished = attempt with { Number = stored.Number, ContactId = stored.ContactId, OperatorDisposition = attempt.OperatorDisposition ?? stored.OperatorDisposition, Notes = attempt.Notes ?? stored.Notes };
            queue.Attempts[attempt.Id] = finished;
            if (finished.InstanceId is { } instanceId) _attemptsByInstance[instanceId] = finished;
            if (queue.Contacts.TryGetValue(finished.ContactId, out var entry) && entry.State == CampaignContactState.Dialling)
            {
                var answered = finished.Disposition == AttemptDisposition.Answered;
                queue.Replace(entry with
                {
                    State = outcome.NextAttemptAt is null ? CampaignContactState.Done : CampaignContactState.Waiting,
                    NextAttemptAt = outcome.NextAttemptAt,
                    LastDisposition = finished.Disposition,
                    Result = answered ? finished.Result : entry.Result,
                    Converted = entry.Converted || finished.Converted,
                    Operator = null,
                });
            }
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<bool> SetOperatorDispositionAsync(string campaignId, string attemptId, string code, string? notes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(campaignId, out var queue) || !queue.Attempts.TryGetValue(attemptId, out var attempt)) return ValueTask.FromResult(false);
            var updated = attempt with { OperatorDisposition = code, Notes = notes };
            queue.Attempts[attemptId] = updated;
            if (updated.InstanceId is { } instanceId) _attemptsByInstance[instanceId] = updated;
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<IReadOnlyList<CampaignAttempt>> RecoverAsync(string campaignId, string? node, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(campaignId, out var queue)) return ValueTask.FromResult<IReadOnlyList<CampaignAttempt>>([]);
            foreach (var id in queue.Claimed.ToList())
            {
                var entry = queue.Contacts[id];
                if (node is null || entry.ClaimedBy == node)
                    queue.Replace(entry with { State = CampaignContactState.Waiting, ClaimedBy = null, ClaimedUntil = null, Operator = null });
            }
            IReadOnlyList<CampaignAttempt> open = queue.AttemptOrder.Select(id => queue.Attempts[id])
                .Where(a => a.Disposition is null && (node is null || a.Node == node)).ToList();
            return ValueTask.FromResult(open);
        }
    }

    public ValueTask<CampaignCounts> CountAsync(string campaignId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(campaignId, out var queue)) return ValueTask.FromResult(CampaignCounts.Empty);
            long waiting = 0, dialling = 0, done = 0, skipped = 0, dialled = 0, converted = 0;
            foreach (var entry in queue.Contacts.Values)
            {
                switch (entry.State)
                {
                    case CampaignContactState.Waiting or CampaignContactState.Claimed: waiting++; break;
                    case CampaignContactState.Dialling: dialling++; break;
                    case CampaignContactState.Done: done++; break;
                    default: skipped++; break;
                }
                if (entry.Attempts > 0) dialled++;
                if (entry.Converted) converted++;
            }
            var reached = new HashSet<string>(StringComparer.Ordinal);
            long answered = 0, busy = 0, noAnswer = 0, failed = 0, abandoned = 0, interrupted = 0, inProgress = 0;
            double talk = 0;
            foreach (var attempt in queue.Attempts.Values)
            {
                switch (attempt.Disposition)
                {
                    case null: inProgress++; break;
                    case AttemptDisposition.Answered: answered++; talk += attempt.TalkSeconds; reached.Add(attempt.ContactId); break;
                    case AttemptDisposition.Busy: busy++; break;
                    case AttemptDisposition.NoAnswer: noAnswer++; break;
                    case AttemptDisposition.Failed: failed++; break;
                    case AttemptDisposition.Abandoned: abandoned++; break;
                    case AttemptDisposition.Interrupted: interrupted++; break;
                }
            }
            return ValueTask.FromResult(new CampaignCounts(
                queue.Contacts.Count, waiting, dialling, done, skipped, dialled, reached.Count, converted, queue.Attempts.Count,
                answered, busy, noAnswer, failed, abandoned, interrupted, inProgress, talk));
        }
    }

    public ValueTask<IReadOnlyList<CampaignTimelinePoint>> TimelineAsync(string campaignId, DateTimeOffset since, TimeSpan bucket, CancellationToken cancellationToken)
    {
        if (bucket <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "The bucket must be longer than zero.");
        lock (_gate)
        {
            if (!_queues.TryGetValue(campaignId, out var queue)) return ValueTask.FromResult<IReadOnlyList<CampaignTimelinePoint>>([]);
            IReadOnlyList<CampaignTimelinePoint> points = queue.Attempts.Values
                .Where(a => a.Disposition is not null && a.EndedAt is { } ended && ended >= since)
                .GroupBy(a => (a.EndedAt!.Value - since).Ticks / bucket.Ticks)
                .OrderBy(g => g.Key)
                .Select(g => new CampaignTimelinePoint(
                    since + TimeSpan.FromTicks(g.Key * bucket.Ticks), g.Count(),
                    g.Count(a => a.Disposition == AttemptDisposition.Answered), g.Count(a => a.Disposition == AttemptDisposition.Busy),
                    g.Count(a => a.Disposition == AttemptDisposition.NoAnswer), g.Count(a => a.Disposition is AttemptDisposition.Failed or AttemptDisposition.Interrupted),
                    g.Count(a => a.Disposition == AttemptDisposition.Abandoned), g.Count(a => a.Converted)))
                .ToList();
            return ValueTask.FromResult(points);
        }
    }

    public ValueTask<CampaignAttempt?> GetAttemptAsync(string campaignId, string attemptId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_queues.TryGetValue(campaignId, out var queue) ? queue.Attempts.GetValueOrDefault(attemptId) : null);
        }
    }

    public ValueTask<CampaignAttempt?> FindAttemptByInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_attemptsByInstance.GetValueOrDefault(instanceId));
    }

    public ValueTask<IReadOnlyList<CampaignAttempt>> ListAttemptsAsync(AttemptQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            if (!_queues.TryGetValue(query.CampaignId, out var queue)) return ValueTask.FromResult<IReadOnlyList<CampaignAttempt>>([]);
            IReadOnlyList<CampaignAttempt> page = Enumerable.Range(0, queue.AttemptOrder.Count).Select(i => queue.Attempts[queue.AttemptOrder[queue.AttemptOrder.Count - 1 - i]])
                .Where(a => (query.ContactId is null || a.ContactId == query.ContactId) && (query.Disposition is null || a.Disposition == query.Disposition))
                .Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToList();
            return ValueTask.FromResult(page);
        }
    }
}
