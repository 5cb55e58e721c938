using System.Diagnostics;
using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Statistics;

namespace FlowBuilder.Data.Tests.Statistics;

public abstract partial class CallStatisticsContract
{
    /// <summary>Where a test writes what it measured (shown with <c>--logger "console;verbosity=detailed"</c>).</summary>
    protected abstract Xunit.Abstractions.ITestOutputHelper Output { get; }

    [ContractFact]
    public async Task HundredThousandLegs_OverThirtyDays_AreSummarizedQuickly()
    {
        const int Legs = 100_000;
        var from = At("2026-11-01T00:00:00+01:00");
        var to = At("2026-12-01T00:00:00+01:00");
        var span = (to - from).Ticks / Legs;
        await AddCallRecordsAsync(Enumerable.Range(0, Legs).Select(i => Leg($"leg-{i:D6}", from.AddTicks(span * i), talkSeconds: i % 120,
            direction: i % 4 == 0 ? CallDirection.Inbound : CallDirection.Outbound,
            disposition: i % 3 == 0 ? CallDisposition.NoAnswer : CallDisposition.Answered)));
        var clock = Stopwatch.StartNew();

        var buckets = await SummarizeAsync(from, to, StatisticsBucketSize.Day);

        clock.Stop();
        Output.WriteLine($"{Kind}: {Legs} legs summarized into {buckets.Count} day buckets in {clock.ElapsedMilliseconds} ms");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15), "about 0.3 s on an idle machine");
        buckets.Count.ShouldBe(30);
        buckets.Sum(b => b.Calls).ShouldBe(Legs);
        buckets.Sum(b => b.Inbound).ShouldBe(Legs / 4);
        buckets.Sum(b => b.Answered).ShouldBe(Legs - (Legs + 2) / 3);
    }
}
