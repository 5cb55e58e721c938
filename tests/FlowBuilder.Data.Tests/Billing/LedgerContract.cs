using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Data.Tests.Billing;

/// <summary>What every billing ledger must do: exact balances, one post per source, filters, summaries, settings.</summary>
public abstract partial class LedgerContract(StoreKind kind) : AccountStoresFixture(kind)
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    protected static LedgerEntry Charge(string sourceId, decimal amount, DateTimeOffset? occurredAt = null, string company = "default",
        LedgerEntryKind kind = LedgerEntryKind.Call, string sourceKind = "call", string item = "Germany mobile") =>
        new($"e-{company}-{sourceKind}-{sourceId}", company, kind, sourceKind, sourceId, amount, "EUR", item, 1.5m, occurredAt ?? Start)
        {
            PostedAt = (occurredAt ?? Start).AddSeconds(1),
        };

    private static LedgerEntry TopUp(string reference, decimal amount, DateTimeOffset? occurredAt = null, string company = "default") =>
        Charge(reference, amount, occurredAt, company, LedgerEntryKind.TopUp, "payment", "Top-up") with { Quantity = 0m };

    [ContractFact]
    public async Task Post_NewSources_AddTheirAmountsToTheBalance_AndCreateTheAccountWithoutALimit()
    {
        (await Stores.Ledger.GetAccountAsync("default", "USD", None)).ShouldBe(new BillingAccount("default", "USD", 0m, null, null));

        (await Stores.Ledger.PostAsync(TopUp("pay-1", 100m), None)).ShouldBe(new LedgerPostResult(true, 100m));
        (await Stores.Ledger.PostAsync(Charge("call-1", -0.1234m), None)).ShouldBe(new LedgerPostResult(true, 99.8766m));
        (await Stores.Ledger.PostAsync(Charge("call-2", -100m), None)).ShouldBe(new LedgerPostResult(true, -0.1234m));

        var account = await Stores.Ledger.GetAccountAsync("default", "USD", None);
        (account.CompanyId, account.Currency, account.Balance, account.CreditLimit, account.Payer).ShouldBe(("default", "EUR", -0.1234m, (decimal?)null, (BillingPayer?)null));
        account.Available.ShouldBeNull();
        account.IsExhausted.ShouldBeFalse();
        (await Stores.Ledger.GetAccountAsync("acme", "EUR", None)).Balance.ShouldBe(0m);
    }

    [ContractFact]
    public async Task Post_SameSourceAgain_ChangesNothing_AndReturnsTheCurrentBalance_WhileOtherKindsAndCompaniesPost()
    {
        await Stores.Ledger.PostAsync(Charge("c1", -1.5m), None);

        (await Stores.Ledger.PostAsync(Charge("c1", -1.5m) with { Id = "another-id", Amount = -99m }, None)).ShouldBe(new LedgerPostResult(false, -1.5m));
        (await Stores.Ledger.PostAsync(Charge("c1", -2m, sourceKind: "metric:sms.sent", kind: LedgerEntryKind.Metric), None)).ShouldBe(new LedgerPostResult(true, -3.5m));
        (await Stores.Ledger.PostAsync(Charge("c1", -4m, company: "acme"), None)).ShouldBe(new LedgerPostResult(true, -4m));

        (await Stores.Ledger.CountAsync(new LedgerQuery("default"), None)).ShouldBe(2);
        (await Stores.Ledger.GetAccountAsync("default", "EUR", None)).Balance.ShouldBe(-3.5m);
        (await Stores.Ledger.ListAsync(new LedgerQuery("default", Kind: LedgerEntryKind.Call), None)).Single().Amount.ShouldBe(-1.5m);
    }

    [ContractFact]
    public async Task Entry_WithEveryField_ReadsBackExactly()
    {
        var entry = new LedgerEntry("e1", "default", LedgerEntryKind.Call, "call", "call-77", -0.1235m, "EUR", "Germany mobile", 1.016667m,
            Start.AddHours(3).AddTicks(1234567))
        {
            PostedAt = Start.AddHours(4).AddTicks(7654321),
            Description = "+4915112345678",
            Prefix = "4915",
            UnitPrice = 0.0123m,
            BilledSeconds = 61,
        };

        await Stores.Ledger.PostAsync(entry, None);

        var stored = (await Stores.Ledger.ListAsync(new LedgerQuery("default"), None)).Single();
        stored.ShouldBe(entry);
        stored.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("-0.1235");
        (await Stores.Ledger.PostAsync(Charge("plain", -1m) with { Description = null, Prefix = null }, None)).Posted.ShouldBeTrue();
        var plain = (await Stores.Ledger.ListAsync(new LedgerQuery("default", Kind: LedgerEntryKind.Call), None)).Single(e => e.SourceId == "plain");
        (plain.Description, plain.Prefix, plain.UnitPrice, plain.BilledSeconds).ShouldBe(((string?)null, (string?)null, 0m, 0));
    }

    [ContractFact]
    public async Task List_FiltersByRangeAndKind_NewestFirst_InPages_AndCountAgrees()
    {
        for (var day = 0; day < 10; day++) await Stores.Ledger.PostAsync(Charge($"c{day}", -1m, Start.AddDays(day)), None);
        await Stores.Ledger.PostAsync(TopUp("p1", 50m, Start.AddDays(2).AddHours(1)), None);
        await Stores.Ledger.PostAsync(Charge("theirs", -1m, Start.AddDays(3), company: "acme"), None);

        var all = await Stores.Ledger.ListAsync(new LedgerQuery("default"), None);
        all.Select(e => e.SourceId).ShouldBe(["c9", "c8", "c7", "c6", "c5", "c4", "c3", "p1", "c2", "c1", "c0"]);
        (await Stores.Ledger.ListAsync(new LedgerQuery("default", Start.AddDays(2), Start.AddDays(4)), None)).Select(e => e.SourceId).ShouldBe(["c3", "p1", "c2"]);
        (await Stores.Ledger.CountAsync(new LedgerQuery("default", Start.AddDays(2), Start.AddDays(4)), None)).ShouldBe(3);
        (await Stores.Ledger.ListAsync(new LedgerQuery("default", Kind: LedgerEntryKind.TopUp), None)).Select(e => e.SourceId).ShouldBe(["p1"]);
        (await Stores.Ledger.CountAsync(new LedgerQuery("default", Kind: LedgerEntryKind.Call), None)).ShouldBe(10);
        (await Stores.Ledger.ListAsync(new LedgerQuery("default", Skip: 3, Take: 4), None)).Select(e => e.SourceId).ShouldBe(["c6", "c5", "c4", "c3"]);
        (await Stores.Ledger.ListAsync(new LedgerQuery("default", Skip: 10, Take: 4), None)).Select(e => e.SourceId).ShouldBe(["c0"]);
        (await Stores.Ledger.CountAsync(new LedgerQuery("acme"), None)).ShouldBe(1);
        (await Stores.Ledger.CountAsync(new LedgerQuery("nobody"), None)).ShouldBe(0);
    }

    [ContractFact]
    public async Task Summarize_GroupsThePeriodsEntriesByKindAndItem_InKindThenItemOrder()
    {
        await Stores.Ledger.PostAsync(Charge("c1", -0.5m, Start, item: "Germany mobile"), None);
        await Stores.Ledger.PostAsync(Charge("c2", -0.25m, Start.AddDays(1), item: "Germany mobile"), None);
        await Stores.Ledger.PostAsync(Charge("c3", -0.0001m, Start.AddDays(2), item: "Austria"), None);
        await Stores.Ledger.PostAsync(Charge("s1", -0.07m, Start.AddDays(2), kind: LedgerEntryKind.Metric, sourceKind: "metric:sms.sent", item: "sms.sent") with { Quantity = 2m }, None);
        await Stores.Ledger.PostAsync(TopUp("p1", 20m, Start.AddDays(3)), None);
        await Stores.Ledger.PostAsync(Charge("late", -9m, Start.AddDays(30)), None);
        await Stores.Ledger.PostAsync(Charge("early", -9m, Start.AddTicks(-1)), None);
        await Stores.Ledger.PostAsync(Charge("theirs", -9m, Start.AddDays(1), company: "acme"), None);

        var lines = await Stores.Ledger.SummarizeAsync("default", Start, Start.AddDays(30), None);

        lines.ShouldBe(
        [
            new LedgerSummaryLine(LedgerEntryKind.Call, "Austria", 1, 1.5m, -0.0001m),
            new LedgerSummaryLine(LedgerEntryKind.Call, "Germany mobile", 2, 3m, -0.75m),
            new LedgerSummaryLine(LedgerEntryKind.Metric, "sms.sent", 1, 2m, -0.07m),
            new LedgerSummaryLine(LedgerEntryKind.TopUp, "Top-up", 1, 0m, 20m),
        ]);
        (await Stores.Ledger.SummarizeAsync("default", Start.AddDays(40), Start.AddDays(50), None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task Exists_TellsWhetherTheSourceWasPosted_ForThatCompanyAndKind()
    {
        await Stores.Ledger.PostAsync(Charge("c1", -1m), None);

        (await Stores.Ledger.ExistsAsync("default", "call", "c1", None)).ShouldBeTrue();
        (await Stores.Ledger.ExistsAsync("default", "call", "c2", None)).ShouldBeFalse();
        (await Stores.Ledger.ExistsAsync("default", "metric:sms.sent", "c1", None)).ShouldBeFalse();
        (await Stores.Ledger.ExistsAsync("acme", "call", "c1", None)).ShouldBeFalse();
    }

    [ContractFact]
    public async Task SaveSettings_SetsLimitPayerAndCurrency_NeverTheBalance_AndNullMeansNoLimit()
    {
        var payer = new BillingPayer("Parent GmbH", "billing@parent.example", ["Hauptstr. 1", "10115 Berlin"], "DE123456789");
        await Stores.Ledger.SaveSettingsAsync(new BillingAccount("acme", "USD", 12345m, 0m, null), None);
        (await Stores.Ledger.GetAccountAsync("acme", "EUR", None)).ShouldBe(new BillingAccount("acme", "USD", 0m, 0m, null), "a new account starts at 0 whatever the settings say");
        (await Stores.Ledger.GetAccountAsync("acme", "EUR", None)).IsExhausted.ShouldBeTrue();

        await Stores.Ledger.PostAsync(TopUp("p1", 10.5m, company: "acme"), None);
        await Stores.Ledger.SaveSettingsAsync(new BillingAccount("acme", "EUR", -1m, 50.25m, payer), None);

        var account = await Stores.Ledger.GetAccountAsync("acme", "USD", None);
        (account.Currency, account.Balance, account.CreditLimit, account.Available).ShouldBe(("EUR", 10.5m, (decimal?)50.25m, (decimal?)60.75m));
        account.Payer.ShouldNotBeNull();
        (account.Payer.Name, account.Payer.Email, account.Payer.TaxId).ShouldBe(("Parent GmbH", "billing@parent.example", "DE123456789"));
        account.Payer.Address.ShouldBe(["Hauptstr. 1", "10115 Berlin"]);

        await Stores.Ledger.SaveSettingsAsync(account with { CreditLimit = null, Payer = null }, None);
        var unlimited = await Stores.Ledger.GetAccountAsync("acme", "USD", None);
        (unlimited.Balance, unlimited.CreditLimit, unlimited.Payer, unlimited.Available).ShouldBe((10.5m, (decimal?)null, (BillingPayer?)null, (decimal?)null));
        (await Stores.Ledger.PostAsync(Charge("c1", -0.5m, company: "acme"), None)).Balance.ShouldBe(10m);
    }
}
