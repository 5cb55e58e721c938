using FlowBuilder.Billing.Invoices;
using FlowBuilder.Billing.Metering;
using FlowBuilder.Billing.Periods;
using FlowBuilder.Billing.Rating;
using FlowBuilder.Billing.Spending;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Billing.Tests;

/// <summary>Billing over in-memory stores and a fake clock, wired as AddFlowBuilderBilling wires it.</summary>
internal sealed class BillingRig
{
    public static readonly CancellationToken None = CancellationToken.None;
    public const string CompanyId = "acme";

    public BillingRig(DateTimeOffset? now = null, InvoiceSellerOptions? seller = null)
    {
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        Rates = new DestinationRates(Companies, Tariffs);
        Ledger = new SpendingGuardLedger(InnerLedger, Allowances);
        Rating = new CallRating(Ledger, Rates, Time);
        Records = new RatingCallRecordStore(InnerRecords, Rating, NullLogger<RatingCallRecordStore>.Instance);
        Meter = new Meter(Ledger, Rates, Time);
        Guard = new SpendingGuard(Ledger, Companies, Time, Allowances);
        Minimums = new MinimumPayments(Ledger, Companies, Rates, Time);
        Invoices = new PeriodInvoices(Ledger, Companies, Rates, Options.Create(seller ?? new InvoiceSellerOptions()), Time);
    }

    public FakeTimeProvider Time { get; }
    public InMemoryCompanyStore Companies { get; } = new();
    public InMemoryTariffStore Tariffs { get; } = new();
    public InMemoryBillingLedger InnerLedger { get; } = new();
    public SpendingAllowances Allowances { get; } = new();
    public IBillingLedger Ledger { get; }
    public DestinationRates Rates { get; }
    public CallRating Rating { get; }
    public InMemoryCallRecordStore InnerRecords { get; } = new();
    public RatingCallRecordStore Records { get; }
    public Meter Meter { get; }
    public SpendingGuard Guard { get; }
    public MinimumPayments Minimums { get; }
    public PeriodInvoices Invoices { get; }

    public async Task<Tariff> SaveTariffAsync(IReadOnlyList<TariffRate> rates, IReadOnlyList<MetricPrice>? metricPrices = null, decimal minimumPayment = 0m,
        string currency = "EUR", string timeZone = "UTC", string companyName = "Acme GmbH")
    {
        var tariff = new Tariff("standard", CompanyId, "Standard", currency, rates)
        {
            MetricPrices = metricPrices ?? [],
            MinimumPayment = minimumPayment,
            UpdatedAt = Time.GetUtcNow(),
        };
        await Tariffs.SaveAsync(tariff, None);
        await Companies.SaveAsync(new CompanyProfile(CompanyId, companyName, "billing@acme.test", tariff.Id, timeZone)
        {
            Address = ["Hauptstraße 1", "10115 Berlin"],
            TaxId = "DE111",
        }, None);
        return tariff;
    }

    /// <summary>An answered outbound leg of <paramref name="talkSeconds"/> that ended at <paramref name="endedAt"/> (default now).</summary>
    public CallDetailRecord Call(string callId, string to, int talkSeconds, DateTimeOffset? endedAt = null, string? companyId = CompanyId,
        CallDirection direction = CallDirection.Outbound, bool answered = true)
    {
        var end = endedAt ?? Time.GetUtcNow();
        var answeredAt = end.AddSeconds(-talkSeconds);
        return new CallDetailRecord(callId, "sip", direction, "+493012345", to, answeredAt.AddSeconds(-5), answered ? answeredAt : null, end,
            answered ? CallDisposition.Answered : CallDisposition.NoAnswer, HangUpCause.Normal, answered ? 200 : 480, companyId);
    }

    public async Task<IReadOnlyList<LedgerEntry>> EntriesAsync(LedgerEntryKind? kind = null) =>
        await Ledger.ListAsync(new LedgerQuery(CompanyId, Kind: kind, Take: 1000), None);

    public LedgerEntry TopUp(string reference, decimal amount, DateTimeOffset at, string? note = null) =>
        new("led_" + reference, CompanyId, LedgerEntryKind.TopUp, "payment", reference, amount, "EUR", "Top-up", 0m, at) { PostedAt = at, Description = note };
}
