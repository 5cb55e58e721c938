using System.Text.RegularExpressions;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Billing;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.SystemBilling;

/// <summary>A system administrator sets a company's tariff, credit limit and currency.</summary>
internal static partial class CompanyBillingEndpoints
{
    public const decimal MaxCreditLimit = 1_000_000_000m;

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyCode();

    public static async Task<Results<Ok<BillingAccountView>, ProblemHttpResult>> PutAsync(string id, CompanyBillingBody? body, [FromServices] ICompanyStore companies,
        [FromServices] ITariffStore tariffs, [FromServices] IBillingLedger ledger, [FromServices] BillingAccounts accounts, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!await companies.ExistsAsync(id, cancellationToken)) return SystemProblems.CompanyNotFound(id);
        if (body is null)
            return ApiProblems.BadRequest("Send the billing settings as a JSON body: { \"tariffId\": \"standard\", \"creditLimit\": 50, \"currency\": \"EUR\" } (creditLimit null: no limit).",
                ("path", "$"));
        var errors = new ValidationErrors();
        Tariff? tariff = null;
        var tariffId = string.IsNullOrWhiteSpace(body.TariffId) ? null : body.TariffId.Trim();
        if (tariffId is not null && (tariff = await tariffs.GetAsync(id, tariffId, cancellationToken)) is null)
            errors.Add("tariffId", $"Company '{id}' has no tariff '{tariffId}'. Create it in that company (act in it, then POST /api/tariffs), or pick one of its tariffs.");
        if (body.CreditLimit is < 0m)
            errors.Add("creditLimit", $"creditLimit must be 0 or more (0: strictly prepaid), or null for no limit; {body.CreditLimit} is not.");
        else if (body.CreditLimit is > MaxCreditLimit) errors.Add("creditLimit", $"creditLimit must be at most {MaxCreditLimit}.");
        else if (body.CreditLimit is { } limit && !Money.IsWholeCents(limit)) errors.Add("creditLimit", $"creditLimit {limit} has more than 2 decimals.");
        var currency = body.Currency?.Trim().ToUpperInvariant();
        if (body.Currency is not null && (currency is null || !CurrencyCode().IsMatch(currency)))
            errors.Add("currency", $"currency '{body.Currency}' is not a currency code. Use three letters (ISO 4217), e.g. EUR.");
        if (errors.Any) return errors.ToProblem("Invalid billing settings");

        var now = time.GetUtcNow();
        if (tariff is not null)
        {
            var profile = await companies.GetAsync(id, cancellationToken);
            if (profile.TariffId != tariff.Id) await companies.SaveAsync(profile with { TariffId = tariff.Id, UpdatedAt = now }, cancellationToken);
        }
        var account = await accounts.AccountAsync(id, cancellationToken);
        await ledger.SaveSettingsAsync(account with { CreditLimit = body.CreditLimit, Currency = currency ?? tariff?.Currency ?? account.Currency, UpdatedAt = now },
            cancellationToken);
        return TypedResults.Ok(await accounts.ViewAsync(id, cancellationToken));
    }
}
