using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>
/// A real subscriber: Kestrel on 127.0.0.1, a free port. Checks each POST's X-FlowBuilder-Signature with
/// <see cref="WebhookSignature.Verify"/> against <see cref="Secret"/>, counts the POSTs per event id, and answers with
/// what <see cref="Answer"/> says (200 by default). Tests wait on <see cref="WaitForAsync"/>, never on sleeps.
/// </summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReceivedNotification> _received = [];
    private readonly ConcurrentDictionary<string, int> _countsByEvent = new(StringComparer.Ordinal);
    private readonly List<(Func<IReadOnlyList<ReceivedNotification>, bool> Until, TaskCompletionSource Done)> _waiters = [];

    private NotificationReceiver(WebApplication app) => _app = app;

    public string Secret { get; set; } = "";

    /// <summary>The status to answer, given the POST and how many POSTs of the same event came before it (0 for the first).</summary>
    public Func<ReceivedNotification, int, int> Answer { get; set; } = (_, _) => 200;

    public string Url { get; private set; } = "";

    /// <summary>The clock signatures are checked against (the server's, when the test drives it).</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public IReadOnlyList<ReceivedNotification> Received
    {
        get
        {
            lock (_received) return _received.ToList();
        }
    }

    public static async Task<NotificationReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new NotificationReceiver(app);
        app.MapPost("/hooks", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = address.TrimEnd('/') + "/hooks";
        return receiver;
    }

    /// <summary>Completes once the notifications received so far satisfy <paramref name="until"/>; fails after <paramref name="within"/>.</summary>
    public async Task<IReadOnlyList<ReceivedNotification>> WaitForAsync(Func<IReadOnlyList<ReceivedNotification>, bool> until, TimeSpan within)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            if (until(_received)) return _received.ToList();
            _waiters.Add((until, done));
        }
        try
        {
            await done.Task.WaitAsync(within);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The receiver did not get what the test waited for within {within.TotalSeconds} s; it got: "
                + string.Join("; ", Received.Select(r => $"{r.EventType} {r.EventId} attempt {r.Attempt} -> {r.AnsweredWith}")));
        }
        return Received;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var headers = context.Request.Headers;
        var signature = WebhookSignature.Verify(headers[WebhookSignature.HeaderName], Secret, body, Now(), TimeSpan.FromMinutes(5));
        var eventId = headers["X-FlowBuilder-Event-Id"].ToString();
        var before = _countsByEvent.AddOrUpdate(eventId, 1, (_, n) => n + 1) - 1;
        var partial = new ReceivedNotification(eventId, headers["X-FlowBuilder-Event-Type"], int.Parse(headers["X-FlowBuilder-Delivery-Attempt"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
            headers["X-FlowBuilder-Delivery-Id"], signature, JsonNode.Parse(body)!.AsObject(), 0)
        {
            RawBody = body, SignatureHeader = headers[WebhookSignature.HeaderName],
        };
        var status = Answer(partial, before);
        var received = partial with { AnsweredWith = status };
        lock (_received)
        {
            _received.Add(received);
            foreach (var waiter in _waiters.Where(w => w.Until(_received)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }
        context.Response.StatusCode = status;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
