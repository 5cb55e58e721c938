using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Accounts.ApiKeys;

internal static class ApiKeysApi
{
    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder endpoints)
    {
        var keys = endpoints.MapGroup("/api/api-keys").WithTags("API keys").RequirePermission(Permission.UsersManage);
        keys.MapGet("/", ApiKeyEndpoints.ListAsync).WithName("ListApiKeys").WithSummary("The company's keys, revoked ones included, newest first.");
        keys.MapPost("/", ApiKeyEndpoints.CreateAsync).WithName("CreateApiKey").WithSummary("Creates a key; the full key is shown only in this answer.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        keys.MapDelete("/{id}", ApiKeyEndpoints.RevokeAsync).WithName("RevokeApiKey").ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
