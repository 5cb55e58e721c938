using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Home;

internal static class HomeApi
{
    /// <summary><c>GET /</c> when the designer is not built (its index.html is served instead when it is, see
    /// <c>DesignerSetup</c>), and <c>GET /health</c>.</summary>
    public static IEndpointRouteBuilder MapHomeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", Index).WithTags("Home").WithName("Home").WithSummary("Where to start when the designer is not installed.").AllowAnonymous();
        endpoints.MapGet("/health", HealthEndpoint.CheckAsync).WithTags("Home").WithName("Health").WithSummary("ok when the instance store answers.").AllowAnonymous();
        return endpoints;
    }

    private static Ok<HomeView> Index() => TypedResults.Ok(new HomeView(
        "FlowBuilder",
        "The designer is not built. Install Node.js and run `dotnet build src/FlowBuilder.Server` (or `npm ci && npm run build` at the repository root), then restart. The API is described at /openapi/v1.json; activities are listed at /api/activities.",
        "/openapi/v1.json",
        "/api/activities",
        "/api/flows",
        "/health"));
}
