namespace FlowBuilder.Server.Accounts.Setup;

internal static class SetupApi
{
    public static IEndpointRouteBuilder MapSetupApi(this IEndpointRouteBuilder endpoints)
    {
        var setup = endpoints.MapGroup("/api/setup").WithTags("Session").AllowAnonymous();
        setup.MapGet("/", SetupEndpoints.StatusAsync).WithName("GetSetup").WithSummary("Whether the installation still needs its first user.");
        setup.MapPost("/", SetupEndpoints.SetUpAsync).WithName("SetUp").WithSummary("Creates the first company name and system administrator, and signs in.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }
}
