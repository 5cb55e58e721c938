using FlowBuilder.Data.Webhooks;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Server.Companies;

namespace FlowBuilder.Server.Webhooks;

/// <summary>Publishing a flow whose webhook trigger is <c>signed</c> while it has no webhook secret succeeds (the secret
/// can come later) but answers with a <c>Warning</c> header saying where to create one; until then its webhook answers 401.</summary>
internal sealed class SignedPublishWarning(RequestDelegate next)
{
    public const string HeaderName = "Warning";

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && PublishedFlowId(context.Request.Path) is { } flowId)
            context.Response.OnStarting(() => WarnAsync(context, flowId));
        return next(context);
    }

    private static string? PublishedFlowId(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["api", "flows", var id, "publish"] ? Uri.UnescapeDataString(id) : null;
    }

    private static async Task WarnAsync(HttpContext context, string flowId)
    {
        if (context.Response.StatusCode != StatusCodes.Status201Created) return;
        var services = context.RequestServices;
        var company = services.GetRequiredService<ICompanyContext>().CompanyId;
        var flow = await services.GetRequiredService<FlowCatalog>().GetAsync(company, flowId, CancellationToken.None);
        if (flow.Draft.Trigger?.Signed != true) return;
        if (await services.GetRequiredService<IWebhookSecretStore>().GetAsync(company, flowId, CancellationToken.None) is not null) return;
        context.Response.Headers.Append(HeaderName,
            $"299 FlowBuilder \"Flow '{flowId}' requires signed webhooks but has no webhook secret yet, so its webhook answers 401. Create one with POST /api/flows/{flowId}/webhook-secret.\"");
    }
}
