using System.Collections.Concurrent;
using System.Net;
using FlowBuilder.Engine.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Server.Tests.Http;

/// <summary>Another company's API on 127.0.0.1 (a real Kestrel on a free port): <c>POST /customers/lookup</c> checks the
/// FlowBuilder signature and answers with a customer; <c>GET /export</c> answers with a large body.</summary>
internal sealed class PartnerApi : IAsyncDisposable
{
    public const string Secret = "partner-shared-secret";

    private readonly WebApplication _app;

    private PartnerApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<SignatureCheck> Checks { get; } = new();

    public static async Task<PartnerApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var api = new PartnerApi(builder.Build());
        api._app.MapPost("/customers/lookup", (Delegate)api.LookUpAsync);
        api._app.MapGet("/export", () => Results.Text(new string('x', 10_000)));
        await api._app.StartAsync();
        api.BaseUrl = new Uri(api._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return api;
    }

    private async Task<IResult> LookUpAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var check = WebhookSignature.Verify(context.Request.Headers[WebhookSignature.HeaderName], Secret, buffer.ToArray(), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        Checks.Enqueue(check);
        if (check != SignatureCheck.Valid) return Results.Problem($"Signature {check}.", statusCode: 401);
        using var json = System.Text.Json.JsonDocument.Parse(buffer.ToArray());
        var phone = json.RootElement.GetProperty("phone").GetString();
        return Results.Json(new { name = "Ada Lovelace", phone, tier = "gold" });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
