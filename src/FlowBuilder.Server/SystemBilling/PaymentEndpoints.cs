using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Billing;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.SystemBilling;

/// <summary>
/// Money a system administrator books on a company's account: top-ups (payments received; ledger source <c>payment</c>) and
/// adjustments (corrections of either sign; source <c>adjustment</c>). Both are idempotent by reference: the same reference again
/// answers 200 with the entry booked the first time and moves no money.
/// </summary>
internal static class PaymentEndpoints
{
    public const string PaymentSource = "payment";
    public const string AdjustmentSource = "adjustment";
    public const decimal MaxAmount = 1_000_000_000m;
    public const int MaxReferenceLength = 100;
    public const int MaxNoteLength = 500;

    public static Task<Results<Created<LedgerEntryView>, Ok<LedgerEntryView>, ProblemHttpResult>> TopUpAsync(string id, PaymentBody? body,
        [FromServices] ICompanyStore companies, [FromServices] IBillingLedger ledger, [FromServices] BillingAccounts accounts, TimeProvider time,
        CancellationToken cancellationToken) =>
        BookAsync(id, body, LedgerEntryKind.TopUp, companies, ledger, accounts, time, cancellationToken);

    public static Task<Results<Created<LedgerEntryView>, Ok<LedgerEntryView>, ProblemHttpResult>> AdjustAsync(string id, PaymentBody? body,
        [FromServices] ICompanyStore companies, [FromServices] IBillingLedger ledger, [FromServices] BillingAccounts accounts, TimeProvider time,
        CancellationToken cancellationToken) =>
        BookAsync(id, body, LedgerEntryKind.Adjustment, companies, ledger, accounts, time, cancellationToken);

    private static async Task<Results<Created<LedgerEntryView>, Ok<LedgerEntryView>, ProblemHttpResult>> BookAsync(string id, PaymentBody? body,
        LedgerEntryKind kind, ICompanyStore companies, IBillingLedger ledger, BillingAccounts accounts, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await companies.ExistsAsync(id, cancellationToken)) return SystemProblems.CompanyNotFound(id);
        var topUp = kind == LedgerEntryKind.TopUp;
        if (body is null)
            return ApiProblems.BadRequest(topUp
                ? "Send the top-up as a JSON body: { \"amount\": 100.00, \"reference\": \"the payment's id\", \"note\": \"Bank transfer\" }."
                : "Send the adjustment as a JSON body: { \"amount\": -5.00, \"reference\": \"a unique reference\", \"note\": \"why\" }.", ("path", "$"));
        var errors = new ValidationErrors();
        var amount = Amount(body.Amount, topUp, errors);
        var reference = body.Reference?.Trim();
        if (string.IsNullOrEmpty(reference))
            errors.Add("reference", topUp ? "reference is missing. Give the payment's id (bank transaction, invoice number): it makes a repeated request harmless."
                : "reference is missing. Give the correction a unique reference (a ticket number): it makes a repeated request harmless.");
        else if (reference.Length > MaxReferenceLength) errors.Add("reference", $"reference is longer than {MaxReferenceLength} characters.");
        var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim();
        if (!topUp && note is null) errors.Add("note", "note is missing. Say why the balance is corrected; it is shown in the ledger.");
        else if (note is { Length: > MaxNoteLength }) errors.Add("note", $"note is longer than {MaxNoteLength} characters.");
        if (errors.Any) return errors.ToProblem(topUp ? "Invalid top-up" : "Invalid adjustment");

        var account = await accounts.AccountAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        var source = topUp ? PaymentSource : AdjustmentSource;
        var entry = new LedgerEntry(Guid.NewGuid().ToString("N"), id, kind, source, reference!, amount, account.Currency, topUp ? "Top-up" : "Adjustment", 0m, now)
        {
            PostedAt = now,
            Description = note,
        };
        var posted = await ledger.PostAsync(entry, cancellationToken);
        if (posted.Posted) return TypedResults.Created((string?)null, LedgerEntryView.From(entry));
        var existing = await FindAsync(ledger, id, kind, source, reference!, cancellationToken);
        if (existing is not null) return TypedResults.Ok(LedgerEntryView.From(existing));
        return ApiProblems.Conflict("Reference in use", $"Reference '{reference}' was booked already but its entry is not a {(topUp ? "top-up" : "adjustment")}. Use another reference.",
            ("reference", reference));
    }

    private static decimal Amount(decimal? value, bool topUp, ValidationErrors errors)
    {
        switch (value)
        {
            case null:
                errors.Add("amount", topUp ? "amount is missing. Give the money received, e.g. 100.00." : "amount is missing. Give the correction, e.g. -5.00 or 5.00.");
                return 0m;
            case <= 0m when topUp:
                errors.Add("amount", $"amount must be above 0; {value} is not. Book a refund as an adjustment with a negative amount.");
                return 0m;
            case 0m:
                errors.Add("amount", "amount must not be 0: an adjustment changes the balance by it.");
                return 0m;
            case { } a when Math.Abs(a) > MaxAmount:
                errors.Add("amount", $"amount must be at most {MaxAmount} in size.");
                return 0m;
            case { } a when !Money.IsWholeCents(a):
                errors.Add("amount", $"amount {a} has more than 2 decimals. Give it in cents, e.g. {Money.Round(a)}.");
                return 0m;
            default:
                return value.Value;
        }
    }

    /// <summary>The entry a reference booked, among the company's entries of that kind (newest first).</summary>
    private static async Task<LedgerEntry?> FindAsync(IBillingLedger ledger, string companyId, LedgerEntryKind kind, string source, string reference,
        CancellationToken cancellationToken)
    {
        const int page = 500;
        for (var skip = 0; ; skip += page)
        {
            var entries = await ledger.ListAsync(new LedgerQuery(companyId, Kind: kind, Skip: skip, Take: page), cancellationToken);
            var match = entries.FirstOrDefault(e => e.SourceKind == source && e.SourceId == reference);
            if (match is not null || entries.Count < page) return match;
        }
    }
}
