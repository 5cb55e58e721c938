using BenchmarkDotNet.Attributes;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Bench.Rating;

/// <summary>
/// What rating costs per CDR with a 50,000-prefix tariff: <see cref="RateTable.TryFind"/> (longest prefix) and
/// <see cref="CallCharges.Amount"/> over 1,000,000 pre-generated CDRs (<see cref="RatingWorkload"/>). One operation = one CDR,
/// so Mean is the time per CDR. <c>AllCores</c> splits the CDRs into one contiguous range per core (<see cref="Parallel.For(int, int, Action{int})"/>);
/// <c>LookupOnly</c> is the prefix search alone; <c>BuildTable</c> (one operation = one table) indexes the 50,000 rates.
/// </summary>
[MemoryDiagnoser]
public class RatingBenchmark
{
    private static readonly Lazy<RatingWorkload> SharedWorkload = new(() => RatingWorkload.Create());

    private RatingWorkload _workload = null!;
    private RateTable _table = null!;
    private decimal[] _partitionTotals = [];

    /// <summary>The total of every CDR's amount, the same for every method (checked in the setup).</summary>
    public static decimal ExpectedTotal { get; private set; }

    /// <summary>How many CDRs found a rate.</summary>
    public static int Matched { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = SharedWorkload.Value;
        _table = RateTable.Build(_workload.Tariff);
        _partitionTotals = new decimal[Environment.ProcessorCount];
        var total = RateAll(_table, _workload, 0, _workload.Numbers.Length, out var matched);
        if (matched < _workload.Numbers.Length * 0.9 || matched == _workload.Numbers.Length) throw new InvalidOperationException($"Only {matched:N0} of {_workload.Numbers.Length:N0} CDRs found a rate (expected about 99 %): the workload is wrong.");
        var parallel = AllCores();
        if (parallel != total) throw new InvalidOperationException($"The parallel run priced {parallel} instead of {total}.");
        ExpectedTotal = total;
        Matched = matched;
    }

    [Benchmark(OperationsPerInvoke = RatingWorkload.DefaultCdrs)]
    public decimal SingleThread() => RateAll(_table, _workload, 0, _workload.Numbers.Length, out _);

    [Benchmark(OperationsPerInvoke = RatingWorkload.DefaultCdrs)]
    public decimal AllCores()
    {
        var partitions = _partitionTotals.Length;
        var count = _workload.Numbers.Length;
        Parallel.For(0, partitions, p =>
        {
            var from = (int)((long)count * p / partitions);
            var to = (int)((long)count * (p + 1) / partitions);
            _partitionTotals[p] = RateAll(_table, _workload, from, to, out _);
        });
        var total = 0m;
        foreach (var part in _partitionTotals) total += part;
        return total;
    }

    [Benchmark(OperationsPerInvoke = RatingWorkload.DefaultCdrs)]
    public int LookupOnly()
    {
        var found = 0;
        foreach (var number in _workload.Numbers)
        {
            if (_table.TryFind(number, out _)) found++;
        }

        return found;
    }

    [Benchmark]
    public RateTable BuildTable() => RateTable.Build(_workload.Tariff);

    private static decimal RateAll(RateTable table, RatingWorkload workload, int from, int to, out int matched)
    {
        var numbers = workload.Numbers;
        var seconds = workload.TalkSeconds;
        var total = 0m;
        matched = 0;
        for (var i = from; i < to; i++)
        {
            if (!table.TryFind(numbers[i], out TariffRate rate)) continue;
            matched++;
            total += CallCharges.Amount(rate, seconds[i]);
        }

        return total;
    }
}
