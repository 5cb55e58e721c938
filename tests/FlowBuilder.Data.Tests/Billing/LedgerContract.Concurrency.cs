using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Data.Tests.Billing;

public abstract partial class LedgerContract
{
    [ContractFact]
    public async Task Post_OneSourceConcurrentlyFromTwoProcesses_IsPostedExactlyOnce()
    {
        var other = await OpenProcessAsync();
        var posts = Enumerable.Range(0, 24)
            .Select(i => Task.Run(async () => await (i % 2 == 0 ? Stores : other).Ledger.PostAsync(Charge("call-1", -1.25m) with { Id = $"attempt-{i}" }, None)))
            .ToList();

        var results = await Task.WhenAll(posts).WaitAsync(TimeSpan.FromSeconds(60));

        results.Count(r => r.Posted).ShouldBe(1);
        results.ShouldAllBe(r => r.Balance == -1.25m);
        (await Stores.Ledger.CountAsync(new LedgerQuery("default"), None)).ShouldBe(1);
        (await other.Ledger.GetAccountAsync("default", "EUR", None)).Balance.ShouldBe(-1.25m);
    }

    [ContractFact]
    public async Task Post_TwoThousandStepsOfOneTenThousandth_ConcurrentlyFromTwoProcesses_SumExactly()
    {
        const int Steps = 2_000;
        var other = await OpenProcessAsync();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 8 };

        await Parallel.ForEachAsync(Enumerable.Range(0, Steps), options, async (i, token) =>
            await (i % 2 == 0 ? Stores : other).Ledger.PostAsync(Charge($"step-{i}", -0.0001m, Start.AddSeconds(i)), token))
            .WaitAsync(TimeSpan.FromMinutes(5));

        var account = await Stores.Ledger.GetAccountAsync("default", "EUR", None);
        account.Balance.ShouldBe(-0.2m);
        (await Stores.Ledger.CountAsync(new LedgerQuery("default"), None)).ShouldBe(Steps);
        (await Stores.Ledger.SummarizeAsync("default", Start, Start.AddDays(1), None)).Single()
            .ShouldBe(new LedgerSummaryLine(LedgerEntryKind.Call, "Germany mobile", Steps, 1.5m * Steps, -0.2m));
        (await Stores.Ledger.PostAsync(Charge("one-more", 0.0001m, kind: LedgerEntryKind.Adjustment, sourceKind: "adjustment"), None))
            .ShouldBe(new LedgerPostResult(true, -0.1999m));
    }
}
