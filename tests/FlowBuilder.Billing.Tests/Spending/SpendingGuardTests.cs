using FlowBuilder.Billing.Spending;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Billing.Tests.Spending;

public sealed class SpendingGuardTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const string Acme = BillingRig.CompanyId;
    private readonly BillingRig _rig = new();

    private async Task AccountAsync(decimal? creditLimit, decimal balance)
    {
        await _rig.Companies.SaveAsync(new CompanyProfile(Acme, "Acme GmbH", null, null), None);
        await _rig.Ledger.SaveSettingsAsync(new BillingAccount(Acme, "EUR", 0m, creditLimit, null), None);
        if (balance != 0m) await _rig.Ledger.PostAsync(Adjustment("opening", balance), None);
    }

    private LedgerEntry Adjustment(string reference, decimal amount) =>
        new("led_" + reference, Acme, LedgerEntryKind.Adjustment, "adjustment", reference, amount, "EUR", "Adjustment", 0m, _rig.Time.GetUtcNow());

    [Fact]
    public async Task NoCreditLimit_IsNeverRefused_EvenBelowZero()
    {
        await AccountAsync(creditLimit: null, balance: -5000m);

        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldBeNull();
    }

    [Fact]
    public async Task CompanyNeverBilled_IsNotRefused()
    {
        (await _rig.Guard.RefusalAsync("fresh", None)).ShouldBeNull();
    }

    [Fact]
    public async Task BalanceBelowTheCreditLimit_IsRefused_NamingCompanyBalanceLimitCurrencyAndWhatToDo()
    {
        await AccountAsync(creditLimit: 10m, balance: -12.4m);

        var reason = await _rig.Guard.RefusalAsync(Acme, None);

        reason.ShouldBe("The balance of Acme GmbH is -12.40 EUR and its credit limit 10.00 EUR, so nothing is left to spend: "
            + "top up the account (or ask a system administrator to raise the credit limit) to place calls again.");
    }

    [Theory]
    [InlineData(0, 0, true)]       // strictly prepaid, nothing paid in
    [InlineData(0, 0.01, false)]
    [InlineData(10, -10, true)]    // exactly at the limit
    [InlineData(10, -9.99, false)]
    public async Task Refusal_StartsWhenBalancePlusLimitReachesZero(decimal creditLimit, decimal balance, bool refused)
    {
        await AccountAsync(creditLimit, balance);

        (await _rig.Guard.RefusalAsync(Acme, None) is not null).ShouldBe(refused);
    }

    [Fact]
    public async Task PostOnThisNodeThatExhaustsTheAccount_EndsTheCachedAllowance_AtOnce()
    {
        await AccountAsync(creditLimit: 0m, balance: 1m);
        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldBeNull();

        await _rig.Ledger.PostAsync(Adjustment("call", -1m), None);

        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task PostOnAnotherNode_IsSeen_WithinTwoSeconds()
    {
        await AccountAsync(creditLimit: 0m, balance: 1m);
        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldBeNull();

        await _rig.InnerLedger.PostAsync(Adjustment("elsewhere", -1m), None);

        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldBeNull();
        _rig.Time.Advance(SpendingGuard.AllowedFor);
        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldNotBeNull();
    }

    [Fact]
    public async Task LoweredCreditLimit_IsRefused_AtOnce()
    {
        await AccountAsync(creditLimit: 50m, balance: -20m);
        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldBeNull();

        var account = await _rig.Ledger.GetAccountAsync(Acme, "EUR", None);
        await _rig.Ledger.SaveSettingsAsync(account with { CreditLimit = 0m }, None);

        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldNotBeNull().ShouldContain("-20.00 EUR and its credit limit 0.00 EUR");
    }

    [Fact]
    public async Task TopUp_AllowsAgain_AtOnce()
    {
        await AccountAsync(creditLimit: 0m, balance: 0m);
        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldNotBeNull();

        await _rig.Ledger.PostAsync(Adjustment("payment", 20m), None);

        (await _rig.Guard.RefusalAsync(Acme, None)).ShouldBeNull();
    }
}
