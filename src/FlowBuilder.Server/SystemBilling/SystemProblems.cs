using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.SystemBilling;

internal static class SystemProblems
{
    public static ProblemHttpResult CompanyNotFound(string id) =>
        ApiProblems.NotFound("Company not found", $"No company '{id}' exists. List companies at /api/system/companies.", ("companyId", id));
}
