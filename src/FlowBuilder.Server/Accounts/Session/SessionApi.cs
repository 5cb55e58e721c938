using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.Accounts.Session;

internal static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder endpoints)
    {
        var session = endpoints.MapGroup("/api/session").WithTags("Session");
        session.MapPost("/", SessionEndpoints.SignInAsync).WithName("SignIn").AllowAnonymous()
            .WithSummary("Signs in with e-mail and password; sets the fb_session cookie.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests);
        session.MapDelete("/", SessionEndpoints.SignOutAsync).WithName("SignOut").AllowAnonymous();
        session.MapPost("/company", SessionEndpoints.ActInCompanyAsync).WithName("ActInCompany").RequirePermission(Permission.System)
            .WithSummary("A system administrator's session acts in another company.").ProducesProblem(StatusCodes.Status404NotFound);

        var me = endpoints.MapGroup("/api/me").WithTags("Session").AllowAnonymous().ProducesProblem(StatusCodes.Status401Unauthorized);
        me.MapGet("/", MeEndpoints.GetAsync).WithName("GetMe").WithSummary("Who is signed in, the company acted in and the permissions.");
        me.MapPut("/", MeEndpoints.UpdateAsync).WithName("UpdateMe");
        me.MapPost("/password", MeEndpoints.ChangePasswordAsync).WithName("ChangeMyPassword").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }
}
