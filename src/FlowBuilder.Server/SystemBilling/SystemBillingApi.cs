using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.SystemBilling;

internal static class SystemBillingApi
{
    /// <summary>System administrators' billing of any company: tariff, credit limit and currency; top-ups; adjustments.</summary>
    public static IEndpointRouteBuilder MapSystemBillingApi(this IEndpointRouteBuilder endpoints)
    {
        var company = endpoints.MapGroup("/api/system/companies/{id}").WithTags("System")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        company.MapPut("/billing", CompanyBillingEndpoints.PutAsync).WithName("PutCompanyBilling").RequirePermission(Permission.System)
            .WithSummary("Sets the company's tariff (one of its own), credit limit (0 or more; null: no limit) and currency; answers its account.");
        company.MapPost("/top-ups", PaymentEndpoints.TopUpAsync).WithName("TopUpCompany").RequirePermission(Permission.System)
            .WithSummary("Credits a payment (amount > 0) once per reference: 201 with the entry, 200 with the same entry when the reference was booked.");
        company.MapPost("/adjustments", PaymentEndpoints.AdjustAsync).WithName("AdjustCompanyBalance").RequirePermission(Permission.System)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Corrects the balance by a signed amount with a note, once per reference (201; 200 with the same entry again).");
        return endpoints;
    }
}
