using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Http;
using FlowBuilder.Testing.Http;
using Microsoft.AspNetCore.Http;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>
/// A real subscriber at <c>/hooks</c> on a <see cref="LoopbackHttpServer"/>. Checks each POST's X-FlowBuilder-Signature
/// with <see cref="WebhookSignature.Verify"/> against <see cref="Secret"/>, counts the POSTs per event id, and answers
/// with what <see cref="Answer"/> says (200 by default). Tests wait on <see cref="WaitForAsync"/>, never on sleeps.
/// </summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly LoopbackHttpServer _server;
    private readonly ArrivalLog<ReceivedNotification> _received = new(r => $"{r.EventType} {r.EventId} attempt {r.Attempt} -> {r.AnsweredWith}");
    private readonly ConcurrentDictionary<string, int> _countsByEvent = new(StringComparer.Ordinal);

    private NotificationReceiver(LoopbackHttpServer server) => _server = server;

    public string Secret { get; set; } = "";

    /// <summary>The status to answer, given the POST and how many POSTs of the same event came before it (0 for the first).</summary>
    public Func<ReceivedNotification, int, int> Answer { get; set; } = (_, _) => 200;

    public string Url => _server.Url("hooks");

    /// <summary>The clock signatures are checked against (the server's, when the test drives it).</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public IReadOnlyList<ReceivedNotification> Received => _received.Items;

    public static async Task<NotificationReceiver> StartAsync()
    {
        var receiver = new NotificationReceiver(await LoopbackHttpServer.StartAsync());
        receiver._server.Handler = receiver.AnswerAsync;
        return receiver;
    }

    /// <summary>Completes once the notifications received so far satisfy <paramref name="until"/>; fails after <paramref name="within"/>.</summary>
    public Task<IReadOnlyList<ReceivedNotification>> WaitForAsync(Func<IReadOnlyList<ReceivedNotification>, bool> until, TimeSpan within) =>
        _received.WaitForAsync(until, within);

    private Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        if (request.Method != HttpMethods.Post || request.Path != "/hooks")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        var signatureHeader = request.Header(WebhookSignature.HeaderName);
        var signature = WebhookSignature.Verify(signatureHeader, Secret, request.Body, Now(), TimeSpan.FromMinutes(5));
        var eventId = request.Header("X-FlowBuilder-Event-Id") ?? "";
        var before = _countsByEvent.AddOrUpdate(eventId, 1, (_, n) => n + 1) - 1;
        var partial = new ReceivedNotification(eventId, request.Header("X-FlowBuilder-Event-Type"),
            int.Parse(request.Header("X-FlowBuilder-Delivery-Attempt") ?? "", CultureInfo.InvariantCulture),
            request.Header("X-FlowBuilder-Delivery-Id"), signature, JsonNode.Parse(request.Body)!.AsObject(), 0)
        {
            RawBody = request.Body, SignatureHeader = signatureHeader,
        };
        var status = Answer(partial, before);
        _received.Add(partial with { AnsweredWith = status });
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
