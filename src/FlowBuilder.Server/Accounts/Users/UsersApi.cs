using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Accounts.Users;

internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/users").WithTags("Users").RequirePermission(Permission.UsersManage)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        users.MapGet("/", UserEndpoints.ListAsync).WithName("ListUsers").WithSummary("The company's users by e-mail.");
        users.MapPost("/", UserEndpoints.CreateAsync).WithName("CreateUser");
        users.MapGet("/{id}", UserEndpoints.GetAsync).WithName("GetUser");
        users.MapPut("/{id}", UserEndpoints.UpdateAsync).WithName("UpdateUser").WithSummary("Name, role and disabled; the company keeps one enabled Admin.");
        users.MapPost("/{id}/password", UserEndpoints.ResetPasswordAsync).WithName("ResetUserPassword").WithSummary("Sets a new password; the user's sessions end.");
        users.MapDelete("/{id}", UserEndpoints.DeleteAsync).WithName("DeleteUser");
        return endpoints;
    }
}
