using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Accounts.SystemCompanies;

internal static class SystemCompaniesApi
{
    public static IEndpointRouteBuilder MapSystemCompaniesApi(this IEndpointRouteBuilder endpoints)
    {
        var companies = endpoints.MapGroup("/api/system/companies").WithTags("Companies (system)").RequirePermission(Permission.System);
        companies.MapGet("/", SystemCompanyEndpoints.ListAsync).WithName("ListCompanies").WithSummary("Every company with its balance and user count.");
        companies.MapPost("/", SystemCompanyEndpoints.CreateAsync).WithName("CreateCompany")
            .WithSummary("Creates a company with its first Admin and a prepaid billing account (credit limit 0 unless given).")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }
}
