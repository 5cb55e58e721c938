using FlowBuilder.Server.CallCentre.CallerLists;
using FlowBuilder.Server.CallCentre.Extensions;
using FlowBuilder.Server.CallCentre.Groups;
using FlowBuilder.Server.CallCentre.Queues;
using FlowBuilder.Server.CallCentre.Registrations;

namespace FlowBuilder.Server.CallCentre;

internal static class CallCentreApi
{
    /// <summary>The company's extensions, extension groups, call queues, caller lists and live registrations (blocked and allowed callers).</summary>
    public static IEndpointRouteBuilder MapCallCentreApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapExtensionsApi();
        endpoints.MapExtensionGroupsApi();
        endpoints.MapQueuesApi();
        endpoints.MapCallerListsApi();
        endpoints.MapRegistrationsApi();
        return endpoints;
    }
}
