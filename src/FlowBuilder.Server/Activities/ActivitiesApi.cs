using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Descriptors;
using FlowBuilder.Server.Accounts.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Activities;

internal static class ActivitiesApi
{
    /// <summary>The activities this installation knows (built-ins, registered, plugins).</summary>
    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/activities", List).WithTags("Activities").WithName("ListActivities")
            .WithSummary("Activity descriptors: outcomes, outputs and the inputs' JSON Schema.").RequirePermission(Permission.FlowsRead);
        return endpoints;
    }

    private static Ok<IReadOnlyList<ActivityView>> List(ActivityRegistry registry) =>
        TypedResults.Ok<IReadOnlyList<ActivityView>>(registry.Descriptors.Select(ActivityView.From).ToList());
}
