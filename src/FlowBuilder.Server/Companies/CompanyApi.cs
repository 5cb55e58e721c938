using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Companies;

internal static class CompanyApi
{
    public static IEndpointRouteBuilder MapCompanyApi(this IEndpointRouteBuilder endpoints)
    {
        var company = endpoints.MapGroup("/api/company").WithTags("Company").ProducesProblem(StatusCodes.Status400BadRequest);
        company.MapGet("/", CompanyEndpoints.GetAsync).WithName("GetCompany").WithSummary("The company's profile (a default one until saved).").RequirePermission(Permission.BillingRead);
        company.MapPut("/", CompanyEndpoints.UpdateAsync).WithName("UpdateCompany").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Replaces the profile; 422 for an unknown tariff, a bad e-mail address or time zone.").RequirePermission(Permission.BillingManage);
        return endpoints;
    }
}
