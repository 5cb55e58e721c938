using FlowBuilder.Engine.Billing;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Billing;

/// <summary>The company's own account: balance, limit, tariff, payer and the current period's charges.</summary>
internal static class BillingAccountEndpoints
{
    public static async Task<Ok<BillingAccountView>> GetAsync([FromServices] BillingAccounts accounts, ICompanyContext company, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ViewAsync(company.CompanyId, cancellationToken));

    public static async Task<Results<Ok<BillingAccountView>, ProblemHttpResult>> PutPayerAsync(PayerBody? body, [FromServices] BillingAccounts accounts,
        [FromServices] IBillingLedger ledger, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body is null)
            return ApiProblems.BadRequest("Send the payer as a JSON body: { \"name\": \"Acme Holding GmbH\", \"email\": \"billing@acme.example\", \"address\": [\"1 Main Street\"], \"taxId\": \"DE123\" }.",
                ("path", "$"));
        var errors = new ValidationErrors();
        var payer = PayerRules.Build(body, errors);
        if (payer is null) return errors.ToProblem("Invalid payer");
        await SavePayerAsync(company.CompanyId, payer, accounts, ledger, time, cancellationToken);
        return TypedResults.Ok(await accounts.ViewAsync(company.CompanyId, cancellationToken));
    }

    /// <summary>Invoices name the company itself again.</summary>
    public static async Task<Ok<BillingAccountView>> DeletePayerAsync([FromServices] BillingAccounts accounts, [FromServices] IBillingLedger ledger,
        ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        await SavePayerAsync(company.CompanyId, null, accounts, ledger, time, cancellationToken);
        return TypedResults.Ok(await accounts.ViewAsync(company.CompanyId, cancellationToken));
    }

    private static async Task SavePayerAsync(string companyId, BillingPayer? payer, BillingAccounts accounts, IBillingLedger ledger, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var account = await accounts.AccountAsync(companyId, cancellationToken);
        await ledger.SaveSettingsAsync(account with { Payer = payer, UpdatedAt = time.GetUtcNow() }, cancellationToken);
    }
}
