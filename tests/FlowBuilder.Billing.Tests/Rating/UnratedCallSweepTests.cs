using FlowBuilder.Billing.Rating;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Billing.Tests.Rating;

public sealed class UnratedCallSweepTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly BillingRig _rig = new();

    private UnratedCallSweep Sweep(IUnratedCallRecords? unrated = null, ICallRating? rating = null) => new(
        unrated ?? new CallRecordStoreUnratedCalls(_rig.Records, _rig.Ledger), rating ?? _rig.Rating, _rig.Time, NullLogger<UnratedCallSweep>.Instance);

    [Fact]
    public async Task StoredCdr_IsRatedByTheDecorator()
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.60m)]);

        await _rig.Records.AddAsync(_rig.Call("call-1", "+4930123456", 60), None);

        (await _rig.InnerRecords.FindAsync("call-1", None)).ShouldNotBeNull();
        (await _rig.EntriesAsync()).ShouldHaveSingleItem().Amount.ShouldBe(-0.60m);
    }

    [Fact]
    public async Task RatingFailure_IsNotThrownIntoTheCallPath_AndTheCdrIsStored()
    {
        var records = new RatingCallRecordStore(_rig.InnerRecords, new FailingRating(), NullLogger<RatingCallRecordStore>.Instance);

        await records.AddAsync(_rig.Call("call-1", "+4930123456", 60), None);

        (await records.FindAsync("call-1", None)).ShouldNotBeNull();
        (await _rig.EntriesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Sweep_RatesWhatTheDecoratorMissed_AndAReplayPostsNothing()
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.60m)]);
        await _rig.Records.AddAsync(_rig.Call("rated", "+4930123456", 60), None);
        // A crash between storing and rating: the CDRs reached only the inner store.
        await _rig.InnerRecords.AddAsync(_rig.Call("missed-1", "+4930123456", 60, _rig.Time.GetUtcNow().AddHours(-2)), None);
        await _rig.InnerRecords.AddAsync(_rig.Call("missed-2", "+4930123456", 120, _rig.Time.GetUtcNow().AddDays(-6)), None);
        await _rig.InnerRecords.AddAsync(_rig.Call("too-old", "+4930123456", 60, _rig.Time.GetUtcNow().AddDays(-8)), None);
        await _rig.InnerRecords.AddAsync(_rig.Call("inbound", "+4930123456", 60, direction: CallDirection.Inbound), None);
        var sweep = Sweep();

        (await sweep.SweepAsync(None)).ShouldBe(2);
        (await sweep.SweepAsync(None)).ShouldBe(0);

        (await _rig.EntriesAsync()).Select(e => e.SourceId).Order().ShouldBe(["missed-1", "missed-2", "rated"]);
        (await _rig.Ledger.GetAccountAsync(BillingRig.CompanyId, "EUR", None)).Balance.ShouldBe(-2.40m);
    }

    [Fact]
    public async Task Sweep_ReadsBatchesUntilNoneIsLeft()
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.60m)]);
        var calls = Enumerable.Range(0, 2500).Select(i => _rig.Call($"call-{i:0000}", "+4930123456", 60)).ToList();
        var unrated = new BatchedUnratedCalls(calls, _rig.Ledger);

        (await Sweep(unrated).SweepAsync(None)).ShouldBe(2500);

        unrated.Reads.ShouldBe(4);
        (await _rig.Ledger.CountAsync(new LedgerQuery(BillingRig.CompanyId), None)).ShouldBe(2500);
    }

    [Fact]
    public async Task Sweep_WhenEveryRatingFails_StopsUntilTheNextPass()
    {
        var unrated = new BatchedUnratedCalls([_rig.Call("call-1", "+4930123456", 60)], _rig.Ledger);

        (await Sweep(unrated, new FailingRating()).SweepAsync(None)).ShouldBe(0);

        unrated.Reads.ShouldBe(1);
    }

    [Fact]
    public async Task HostedSweep_RunsAtStart_AndEveryMinute()
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 0.60m)]);
        await _rig.InnerRecords.AddAsync(_rig.Call("before-start", "+4930123456", 60), None);
        using var sweep = Sweep();
        using var passes = new SemaphoreSlim(0);
        sweep.PassCompleted += () => passes.Release();

        await sweep.StartAsync(None);
        (await passes.WaitAsync(Patience)).ShouldBeTrue();
        (await _rig.EntriesAsync()).ShouldHaveSingleItem().SourceId.ShouldBe("before-start");

        await _rig.InnerRecords.AddAsync(_rig.Call("while-running", "+4930123456", 60), None);
        _rig.Time.Advance(TimeSpan.FromSeconds(59));
        (await _rig.EntriesAsync()).Count.ShouldBe(1);
        _rig.Time.Advance(TimeSpan.FromSeconds(1));
        (await passes.WaitAsync(Patience)).ShouldBeTrue();
        (await _rig.EntriesAsync()).Select(e => e.SourceId).Order().ShouldBe(["before-start", "while-running"]);

        await sweep.StopAsync(None);
    }

    private sealed class FailingRating : ICallRating
    {
        public ValueTask<LedgerPostResult> RateAsync(CallDetailRecord record, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The database is down.");
    }

    /// <summary>Unrated calls as the SQL query returns them: at most <c>max</c>, oldest first, without the rated ones.</summary>
    private sealed class BatchedUnratedCalls(IReadOnlyList<CallDetailRecord> calls, IBillingLedger ledger) : IUnratedCallRecords
    {
        public int Reads { get; private set; }

        public async ValueTask<IReadOnlyList<CallDetailRecord>> ListAsync(DateTimeOffset since, int max, CancellationToken cancellationToken)
        {
            Reads++;
            var unrated = new List<CallDetailRecord>();
            foreach (var call in calls)
            {
                if (unrated.Count == max) break;
                if (!await ledger.ExistsAsync(call.CompanyId!, "call", call.CallId, cancellationToken)) unrated.Add(call);
            }

            return unrated;
        }
    }
}
