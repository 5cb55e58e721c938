using System.Buffers.Text;
using System.Security.Cryptography;
using FlowBuilder.Data.Webhooks;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Http;
using FlowBuilder.Server.Accounts.Authorization;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Webhooks;

/// <summary><c>/api/flows/{id}/webhook-secret</c>: create or rotate a flow's webhook secret (shown once), and read
/// its metadata. Secrets live in the database, never in the flow file.</summary>
internal static class WebhookSecretEndpoints
{
    public const string Prefix = "whsec_";
    public const string Scheme = "t=<unix seconds>,v1=<hex HMAC-SHA256 over \"{t}.\" + raw body, keyed with the secret>";

    public static IEndpointRouteBuilder MapWebhookSecrets(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/flows/{id}/webhook-secret").WithTags("Webhooks");
        group.MapGet("", GetAsync).WithName("GetWebhookSecret").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Whether the flow has a webhook secret, when it was created and its last 4 characters (never the secret).").RequirePermission(Permission.FlowsWrite);
        group.MapPost("", RotateAsync).WithName("RotateWebhookSecret").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Creates the flow's webhook secret, or rotates it (the previous one stays valid for the grace period); the secret is shown only in this answer.").RequirePermission(Permission.FlowsWrite);
        return endpoints;
    }

    private static async Task<Ok<WebhookSecretView>> GetAsync(string id, FlowCatalog catalog, IWebhookSecretStore secrets, ICompanyContext company, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(company.CompanyId, id, cancellationToken);
        var secret = await secrets.GetAsync(company.CompanyId, id, cancellationToken);
        return TypedResults.Ok(secret is null
            ? new WebhookSecretView(false, null, null, null, WebhookSignature.HeaderName, Scheme)
            : new WebhookSecretView(true, secret.CreatedAt, secret.Current[^4..], secret.PreviousValidUntil, WebhookSignature.HeaderName, Scheme));
    }

    private static async Task<Results<Created<WebhookSecretCreatedView>, Ok<WebhookSecretCreatedView>>> RotateAsync(
        string id, FlowCatalog catalog, IWebhookSecretStore secrets, ICompanyContext company, IOptions<ServerOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        await catalog.GetAsync(company.CompanyId, id, cancellationToken);
        var value = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var existed = await secrets.GetAsync(company.CompanyId, id, cancellationToken) is not null;
        var secret = await secrets.RotateAsync(company.CompanyId, id, value, time.GetUtcNow(), options.Value.WebhookSecretGrace, cancellationToken);
        var view = new WebhookSecretCreatedView(secret.Current, secret.CreatedAt, secret.Current[^4..], secret.PreviousValidUntil, WebhookSignature.HeaderName, Scheme);
        if (existed) return TypedResults.Ok(view);
        return TypedResults.Created($"/api/flows/{Uri.EscapeDataString(id)}/webhook-secret", view);
    }
}
