using System.Collections.Concurrent;
using FlowBuilder.Engine.Http;
using FlowBuilder.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Server.Tests.Http;

/// <summary>Another company's API on a <see cref="LoopbackHttpServer"/>: <c>POST /customers/lookup</c> checks the
/// FlowBuilder signature and answers with a customer; <c>GET /export</c> answers with a large body; anything else is 404.</summary>
internal sealed class PartnerApi : IAsyncDisposable
{
    public const string Secret = "partner-shared-secret";

    private readonly LoopbackHttpServer _server;

    private PartnerApi(LoopbackHttpServer server) => _server = server;

    public Uri BaseUrl => _server.BaseUrl;

    public ConcurrentQueue<SignatureCheck> Checks { get; } = new();

    public static async Task<PartnerApi> StartAsync()
    {
        var api = new PartnerApi(await LoopbackHttpServer.StartAsync());
        api._server.Handler = api.AnswerAsync;
        return api;
    }

    private Task AnswerAsync(HttpContext context, RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("POST", "/customers/lookup") => LookUp(request).ExecuteAsync(context),
        ("GET", "/export") => Results.Text(new string('x', 10_000)).ExecuteAsync(context),
        _ => Results.NotFound().ExecuteAsync(context),
    };

    private IResult LookUp(RecordedRequest request)
    {
        var check = WebhookSignature.Verify(request.Header(WebhookSignature.HeaderName), Secret, request.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        Checks.Enqueue(check);
        if (check != SignatureCheck.Valid) return Results.Problem($"Signature {check}.", statusCode: 401);
        using var json = System.Text.Json.JsonDocument.Parse(request.Body);
        var phone = json.RootElement.GetProperty("phone").GetString();
        return Results.Json(new { name = "Ada Lovelace", phone, tier = "gold" });
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
