using FlowBuilder.Billing.Hosting;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Billing.Rating;

/// <summary>
/// Rates answered outbound CDRs with the company's tariff (<see cref="DestinationRates"/>, cached per tariff version): the
/// longest prefix of the callee's number prices the call (<see cref="CallCharges"/>) and one <see cref="LedgerEntryKind.Call"/>
/// entry with source (<c>call</c>, call id) is posted. A call without a tariff or a matching prefix posts a zero entry named
/// <see cref="UnratedItem"/>, so it shows on the ledger and is counted once. The ledger's unique source makes replays post nothing.
/// </summary>
public sealed class CallRating(IBillingLedger ledger, DestinationRates rates, TimeProvider time) : ICallRating
{
    public const string SourceKind = "call";

    /// <summary>The item of calls no rate priced.</summary>
    public const string UnratedItem = "Unrated destination";

    private const int QuantityDecimals = 4;

    /// <summary>Whether the CDR is billed at all: an answered outbound leg with a company.</summary>
    public static bool IsBillable(CallDetailRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Direction == CallDirection.Outbound && record.AnsweredAt is not null && !string.IsNullOrEmpty(record.CompanyId);
    }

    public async ValueTask<LedgerPostResult> RateAsync(CallDetailRecord record, CancellationToken cancellationToken)
    {
        if (!IsBillable(record)) return new LedgerPostResult(false, 0m);
        var companyId = record.CompanyId!;
        if (await ledger.ExistsAsync(companyId, SourceKind, record.CallId, cancellationToken).ConfigureAwait(false))
        {
            var account = await ledger.GetAccountAsync(companyId, BillingDefaults.Currency, cancellationToken).ConfigureAwait(false);
            return new LedgerPostResult(false, account.Balance);
        }

        var entry = await PriceAsync(record, companyId, cancellationToken).ConfigureAwait(false);
        return await ledger.PostAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<LedgerEntry> PriceAsync(CallDetailRecord record, string companyId, CancellationToken cancellationToken)
    {
        var table = await rates.TableAsync(companyId, cancellationToken).ConfigureAwait(false);
        var talkSeconds = record.BillableSeconds;
        if (table is null || !table.TryFind(record.To, out var rate))
        {
            var currency = table?.Currency
                ?? (await ledger.GetAccountAsync(companyId, BillingDefaults.Currency, cancellationToken).ConfigureAwait(false)).Currency;
            return Entry(record, companyId, 0m, currency, UnratedItem, talkSeconds) with { UnitPrice = 0m };
        }

        var billed = CallCharges.BilledSeconds(talkSeconds, rate.FirstIncrement, rate.NextIncrement);
        var charge = CallCharges.Amount(rate, talkSeconds);
        return Entry(record, companyId, charge == 0m ? 0m : -charge, table.Currency, rate.Destination, billed) with
        {
            UnitPrice = rate.PricePerMinute,
            Prefix = rate.Prefix,
        };
    }

    private LedgerEntry Entry(CallDetailRecord record, string companyId, decimal amount, string currency, string item, int billedSeconds) => new(
        BillingDefaults.NewEntryId(),
        companyId,
        LedgerEntryKind.Call,
        SourceKind,
        record.CallId,
        amount,
        currency,
        item,
        Math.Round(billedSeconds / 60m, QuantityDecimals, MidpointRounding.AwayFromZero),
        record.EndedAt)
    {
        PostedAt = time.GetUtcNow(),
        Description = record.To,
        BilledSeconds = billedSeconds,
    };
}
