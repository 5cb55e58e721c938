using FlowBuilder.Billing.Periods;
using FlowBuilder.Engine.Billing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Billing.Tests.Periods;

public sealed class MinimumPaymentsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private const string Berlin = "Europe/Berlin";

    // 30 November 2026, 22:30 in Berlin (UTC+1): the last hours of November.
    private readonly BillingRig _rig = new(new DateTimeOffset(2026, 11, 30, 21, 30, 0, TimeSpan.Zero));

    private async Task ChargedInNovemberAsync(decimal minimum, params decimal[] callPrices)
    {
        await _rig.SaveTariffAsync([new TariffRate("49", "Germany", 1m, 0m, 60, 60)], minimumPayment: minimum, timeZone: Berlin);
        for (var i = 0; i < callPrices.Length; i++)
        {
            // n minutes at 1.00 per minute costs n.
            await _rig.Rating.RateAsync(_rig.Call($"nov-{i}", "+4930123456", (int)(callPrices[i] * 60), new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero)), None);
        }
    }

    private MinimumPaymentCloser Closer() => new(_rig.Companies, _rig.Minimums, _rig.Time, NullLogger<MinimumPaymentCloser>.Instance);

    [Fact]
    public async Task Closer_ChargesTheMissingAmount_OnlyAfterTheMonthEndedInBerlin_AndOnce()
    {
        await ChargedInNovemberAsync(100m, 20m, 10m);
        using var closer = Closer();
        using var passes = new SemaphoreSlim(0);
        closer.PassCompleted += () => passes.Release();

        await closer.StartAsync(None);
        (await passes.WaitAsync(Patience)).ShouldBeTrue();
        (await _rig.EntriesAsync(LedgerEntryKind.MinimumPayment)).ShouldBeEmpty();

        // 23:30 on 30 November in Berlin: still November.
        _rig.Time.Advance(TimeSpan.FromHours(1));
        (await passes.WaitAsync(Patience)).ShouldBeTrue();
        (await _rig.EntriesAsync(LedgerEntryKind.MinimumPayment)).ShouldBeEmpty();

        // 00:30 on 1 December in Berlin (23:30 UTC): November ended half an hour ago.
        _rig.Time.Advance(TimeSpan.FromHours(1));
        (await passes.WaitAsync(Patience)).ShouldBeTrue();
        var entry = (await _rig.EntriesAsync(LedgerEntryKind.MinimumPayment)).ShouldHaveSingleItem();
        entry.Amount.ShouldBe(-70m);
        entry.SourceKind.ShouldBe("minimum");
        entry.SourceId.ShouldBe("2026-11");
        entry.Currency.ShouldBe("EUR");
        entry.OccurredAt.ShouldBe(new DateTimeOffset(2026, 11, 30, 22, 59, 59, TimeSpan.Zero));

        _rig.Time.Advance(TimeSpan.FromHours(1));
        (await passes.WaitAsync(Patience)).ShouldBeTrue();
        (await _rig.EntriesAsync(LedgerEntryKind.MinimumPayment)).Count.ShouldBe(1);
        (await _rig.Ledger.GetAccountAsync(BillingRig.CompanyId, "EUR", None)).Balance.ShouldBe(-100m);
        await closer.StopAsync(None);
    }

    [Fact]
    public async Task PeriodEndedLessThanTheClosingDelayAgo_IsNotClosedYet()
    {
        await ChargedInNovemberAsync(100m, 20m);
        _rig.Time.Advance(TimeSpan.FromMinutes(90) + MinimumPayments.ClosingDelay - TimeSpan.FromSeconds(1));  // 00:14:59 in Berlin

        (await Closer().CloseDueAsync(None)).ShouldBe(0);

        _rig.Time.Advance(TimeSpan.FromSeconds(1));
        (await Closer().CloseDueAsync(None)).ShouldBe(1);
    }

    [Fact]
    public async Task ChargesAtOrAboveTheMinimum_AddNothing()
    {
        await ChargedInNovemberAsync(30m, 20m, 10m);
        _rig.Time.Advance(TimeSpan.FromHours(2));

        (await Closer().CloseDueAsync(None)).ShouldBe(0);

        (await _rig.EntriesAsync(LedgerEntryKind.MinimumPayment)).ShouldBeEmpty();
    }

    [Fact]
    public async Task CompanyWithoutEntriesBeforeThePeriodEnd_OwesNoMinimum()
    {
        await ChargedInNovemberAsync(100m);
        _rig.Time.Advance(TimeSpan.FromHours(2));

        (await Closer().CloseDueAsync(None)).ShouldBe(0);
    }

    [Fact]
    public async Task TopUpsAndAdjustments_DoNotCountAsCharges()
    {
        await ChargedInNovemberAsync(100m, 10m);
        await _rig.Ledger.PostAsync(_rig.TopUp("PAY-1", 500m, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero)), None);
        _rig.Time.Advance(TimeSpan.FromHours(2));

        (await Closer().CloseDueAsync(None)).ShouldBe(1);

        (await _rig.EntriesAsync(LedgerEntryKind.MinimumPayment)).ShouldHaveSingleItem().Amount.ShouldBe(-90m);
    }

    [Fact]
    public async Task CurrentPeriod_ShowsChargesAndTheTopUpSoFar()
    {
        await ChargedInNovemberAsync(100m, 20m, 12.5m);

        var current = await _rig.Minimums.CurrentAsync(BillingRig.CompanyId, None);

        current.Period.Name.ShouldBe("2026-11");
        current.Period.Start.ShouldBe(new DateTimeOffset(2026, 10, 31, 23, 0, 0, TimeSpan.Zero));
        current.Charges.ShouldBe(33m);  // 12.5 minutes are billed as 13 at 60/60
        current.MinimumPayment.ShouldBe(100m);
        current.MinimumTopUp.ShouldBe(67m);
        current.Currency.ShouldBe("EUR");

        _rig.Time.Advance(TimeSpan.FromHours(2));  // 00:30 on 1 December in Berlin
        var december = await _rig.Minimums.CurrentAsync(BillingRig.CompanyId, None);
        december.Period.Name.ShouldBe("2026-12");
        december.Charges.ShouldBe(0m);
        december.MinimumTopUp.ShouldBe(100m);
    }

    [Fact]
    public async Task NoMinimum_CurrentTopUpIsZero()
    {
        await ChargedInNovemberAsync(0m, 5m);

        (await _rig.Minimums.CurrentAsync(BillingRig.CompanyId, None)).MinimumTopUp.ShouldBe(0m);
    }
}
