using FlowBuilder.Data.Webhooks;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Server.Companies;

namespace FlowBuilder.Server.Webhooks;

/// <summary>On <c>POST /api/flows/{id}/publish</c>: publishing a flow whose webhook trigger is <c>signed</c> while it has
/// no webhook secret succeeds (the secret can come later) but answers with a <c>Warning</c> header saying where to create
/// one; until then its webhook answers 401.</summary>
internal sealed class SignedPublishWarning(FlowCatalog flows, IWebhookSecretStore secrets, ICompanyContext company) : IEndpointFilter
{
    public const string HeaderName = "Warning";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (result is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status201Created }) return result;
        if (context.HttpContext.Request.RouteValues["id"] is not string flowId) return result;
        var cancellationToken = context.HttpContext.RequestAborted;
        var flow = await flows.GetAsync(company.CompanyId, flowId, cancellationToken);
        if (flow.Draft.Trigger?.Signed != true) return result;
        if (await secrets.GetAsync(company.CompanyId, flowId, cancellationToken) is not null) return result;
        context.HttpContext.Response.Headers.Append(HeaderName,
            $"299 FlowBuilder \"Flow '{flowId}' requires signed webhooks but has no webhook secret yet, so its webhook answers 401. Create one with POST /api/flows/{flowId}/webhook-secret.\"");
        return result;
    }
}
