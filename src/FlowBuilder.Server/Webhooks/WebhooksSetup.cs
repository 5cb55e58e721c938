using FlowBuilder.Activities.Http;
using FlowBuilder.Server.Hosting;

namespace FlowBuilder.Server.Webhooks;

internal static class WebhooksSetup
{
    /// <summary>Signature and idempotency checks for <c>/hooks/…</c>, Wait for Callback's settings (callback URLs
    /// start with <c>FlowBuilder:PublicUrl</c>, default <c>http://127.0.0.1:5080</c>) and the periodic cleanup.</summary>
    public static WebApplicationBuilder AddFlowBuilderWebhooks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ServerOptions>()
            .Validate(o => o.MaxWebhookBytes > 0 && o.WebhookSignatureToleranceSeconds > 0 && o.WebhookSecretGraceHours >= 0 && o.IdempotencyKeyHours > 0,
                $"{ServerOptions.Section}: MaxWebhookBytes, WebhookSignatureToleranceSeconds and IdempotencyKeyHours must be above 0, WebhookSecretGraceHours 0 or more.")
            .ValidateOnStart();
        services.AddSingleton<WebhookSignatureGuard>();
        services.AddSingleton<WebhookIdempotency>();
        services.AddSingleton<WaitForCallbackPending>();
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IConfiguration>()["FlowBuilder:PublicUrl"];
            return new WaitForCallbackOptions { PublicUrl = string.IsNullOrWhiteSpace(configured) ? WaitForCallbackOptions.DefaultPublicUrl : configured };
        });
        services.AddHostedService<WebhookHousekeeping>();
        return builder;
    }
}
