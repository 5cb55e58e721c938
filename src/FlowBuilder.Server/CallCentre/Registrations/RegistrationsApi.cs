namespace FlowBuilder.Server.CallCentre.Registrations;

internal static class RegistrationsApi
{
    public static IEndpointRouteBuilder MapRegistrationsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/registrations", RegistrationEndpoints.ListAsync).WithTags("Extensions").WithName("ListRegistrations")
            .WithSummary("Which of the company's extensions are registered now: each contact with its address, transport and seconds left.");
        return endpoints;
    }
}
