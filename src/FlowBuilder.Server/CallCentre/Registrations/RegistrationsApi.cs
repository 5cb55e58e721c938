using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authorization;

namespace FlowBuilder.Server.CallCentre.Registrations;

internal static class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/registrations", RegistrationEndpoints.ListAsync).WithTags("Extensions").WithName("ListRegistrations")
            .WithSummary("Which of the company's extensions are registered now: each contact with its address, transport and seconds left.").RequirePermission(Permission.NumbersRead);
        return endpoints;
    }
}
