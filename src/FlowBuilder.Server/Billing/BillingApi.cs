using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Billing;

internal static class BillingApi
{
    /// <summary>The account reader the billing, statistics and system endpoints share. Built on first use (a factory, not a type, so
    /// the start-up check of the container does not require the ledger of FlowBuilder.Data/Billing to be registered before it).</summary>
    public static WebApplicationBuilder AddBillingApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<BillingAccounts>(sp));
        return builder;
    }

    /// <summary>The company's account, payer, ledger, usage and invoices.</summary>
    public static IEndpointRouteBuilder MapBillingApi(this IEndpointRouteBuilder endpoints)
    {
        var billing = endpoints.MapGroup("/api/billing").WithTags("Billing").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        billing.MapGet("/account", BillingAccountEndpoints.GetAsync).WithName("GetBillingAccount").RequirePermission(Permission.BillingRead)
            .WithSummary("Balance, credit limit, what is available, whether launches are blocked and why, tariff, payer and the current period's charges.");
        billing.MapPut("/payer", BillingAccountEndpoints.PutPayerAsync).WithName("PutBillingPayer").RequirePermission(Permission.BillingManage)
            .ProducesProblem(StatusCodes.Status400BadRequest).WithSummary("Sets who pays the invoices (printed as the buyer); answers the account.");
        billing.MapDelete("/payer", BillingAccountEndpoints.DeletePayerAsync).WithName("DeleteBillingPayer").RequirePermission(Permission.BillingManage)
            .WithSummary("Invoices name the company itself again; answers the account.");
        billing.MapGet("/ledger", LedgerEndpoints.ListAsync).WithName("ListLedgerEntries").RequirePermission(Permission.BillingRead)
            .WithSummary("Entries newest first: from, to (a day, a local time or an instant), kind (call, metric, topUp, adjustment, minimumPayment), skip, take (≤ 500).");
        billing.MapGet("/usage", UsageEndpoints.GetAsync).WithName("GetBillingUsage").RequirePermission(Permission.BillingRead)
            .WithSummary("A period's charges (period=yyyy-MM, default the current one) by kind and item.");
        billing.MapGet("/invoices", InvoiceEndpoints.ListAsync).WithName("ListInvoices").RequirePermission(Permission.BillingRead)
            .WithSummary("One invoice per period with ledger entries, newest first, and the current period's so far.");
        billing.MapGet("/invoices/{period}.pdf", InvoiceEndpoints.PdfAsync).WithName("InvoicePdf").RequirePermission(Permission.BillingRead)
            .WithSummary("The period's invoice (yyyy-MM) as a PDF attachment.");
        billing.MapGet("/invoices/{period}.csv", InvoiceEndpoints.CsvAsync).WithName("InvoiceCsv").RequirePermission(Permission.BillingRead)
            .WithSummary("The period's invoice (yyyy-MM) as CSV: Description,Quantity,UnitPrice,Amount,Currency and a Total row.");
        return endpoints;
    }
}
