using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Billing;

/// <summary>A period's charges grouped by kind and item: per destination for calls, per metric for actions.</summary>
internal static class UsageEndpoints
{
    public static async Task<Results<Ok<UsageView>, ProblemHttpResult>> GetAsync(string? period, [FromServices] IBillingLedger ledger,
        [FromServices] ICompanyStore companies, [FromServices] BillingAccounts accounts, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var profile = await companies.GetAsync(company.CompanyId, cancellationToken);
        var errors = new ValidationErrors();
        var billing = BillingPeriods.Read(period, profile.TimeZone, time.GetUtcNow(), errors);
        if (billing is null) return errors.ToProblem("Invalid period");
        var account = await accounts.AccountAsync(company.CompanyId, cancellationToken);
        var lines = (await ledger.SummarizeAsync(company.CompanyId, billing.Start, billing.End, cancellationToken))
            .Where(line => ChargeLines.IsCharge(line.Kind))
            .Select(line => new UsageLineView(line.Kind, line.Item, line.Count, line.Quantity, ChargeLines.Of(line)))
            .ToList();
        return TypedResults.Ok(new UsageView(billing.Name, billing.Start, billing.End, account.Currency, lines, lines.Sum(line => line.Amount)));
    }
}
