using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Engine.Statistics;

/// <summary>
/// Sums call legs and charges into the buckets of one query (see <see cref="StatisticsBuckets"/>), so every
/// <see cref="ICallStatistics"/> buckets the same way: the stores feed it the rows they selected. Legs that started, and
/// charges that occurred, outside [From, To) are ignored. Not thread-safe.
/// </summary>
public sealed class CallStatisticsAccumulator
{
    private readonly CallStatisticsQuery _query;
    private readonly DateTimeOffset[] _starts;
    private readonly long[] _bounds;
    private readonly long[] _calls, _answered, _talkSeconds, _outbound, _inbound;
    private readonly decimal[] _spend;

    public CallStatisticsAccumulator(CallStatisticsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        _query = query;
        var bounds = StatisticsBuckets.Boundaries(query, 100_000);
        _starts = bounds.Count == 0 ? [] : bounds.Take(bounds.Count - 1).ToArray();
        _bounds = bounds.Select(b => b.UtcTicks).ToArray();
        var count = _starts.Length;
        (_calls, _answered, _talkSeconds, _outbound, _inbound, _spend) = (new long[count], new long[count], new long[count], new long[count], new long[count], new decimal[count]);
    }

    /// <summary>Whether entries of <paramref name="kind"/> count as spend: calls, metrics and minimum payments.</summary>
    public static bool IsSpend(LedgerEntryKind kind) => kind is LedgerEntryKind.Call or LedgerEntryKind.Metric or LedgerEntryKind.MinimumPayment;

    public void AddCall(DateTimeOffset startedAt, CallDirection direction, bool answered, long talkSeconds)
    {
        if (startedAt < _query.From || startedAt >= _query.To || IndexOf(startedAt) is not (>= 0 and var i)) return;
        _calls[i]++;
        if (answered)
        {
            _answered[i]++;
            _talkSeconds[i] += talkSeconds;
        }
        if (direction == CallDirection.Outbound) _outbound[i]++;
        else _inbound[i]++;
    }

    /// <summary>Adds a ledger entry's charge: only negative amounts of spend kinds (<see cref="IsSpend"/>) count, as positive spend.</summary>
    public void AddCharge(LedgerEntryKind kind, DateTimeOffset occurredAt, decimal amount)
    {
        if (!IsSpend(kind) || amount >= 0m || occurredAt < _query.From || occurredAt >= _query.To || IndexOf(occurredAt) is not (>= 0 and var i)) return;
        _spend[i] -= amount;
    }

    public IReadOnlyList<CallStatisticsBucket> Buckets() => _starts
        .Select((start, i) => new CallStatisticsBucket(start, _calls[i], _answered[i], _talkSeconds[i], _outbound[i], _inbound[i], WithoutTrailingZeros(_spend[i])))
        .ToList();

    /// <summary>0.500000 (a database's numeric scale) → 0.5.</summary>
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;

    private int IndexOf(DateTimeOffset instant)
    {
        var index = Array.BinarySearch(_bounds, instant.UtcTicks);
        if (index < 0) index = ~index - 1;
        return index < _starts.Length ? index : -1;
    }
}
