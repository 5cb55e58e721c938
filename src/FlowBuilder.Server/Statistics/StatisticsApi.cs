using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Statistics;

internal static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/statistics", StatisticsEndpoints.GetAsync).WithTags("Statistics").WithName("GetStatistics")
            .RequirePermission(Permission.BillingRead).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Calls, answered, ASR, ACD, talk minutes and spend of [from, to) (default the last 30 days) by hour, day (default), week or month "
                + "in the company's time zone; at most 400 days and 2000 buckets.");
        return endpoints;
    }
}
