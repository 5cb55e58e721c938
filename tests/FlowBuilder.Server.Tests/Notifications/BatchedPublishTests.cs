using FlowBuilder.Engine.Events;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>Events published together go to the outbox in one write, and each still reaches exactly the subscribers
/// that asked for its type.</summary>
public sealed class BatchedPublishTests : IClassFixture<NotificationsApiFactory>, IAsyncLifetime
{
    private readonly NotificationsApiFactory _factory;
    private readonly HttpClient _client;
    private NotificationReceiver _receiver = null!;

    public BatchedPublishTests(NotificationsApiFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    public async Task InitializeAsync() => _receiver = await NotificationReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task PublishMany_DeliversEverySubscribedEventOnce_AndSkipsTheOthers()
    {
        await _client.SubscribeAsync(_receiver, EventTypes.SmsDelivered);
        var publisher = _factory.Services.GetRequiredService<IEventPublisher>();
        var now = DateTimeOffset.UtcNow;
        var wanted = Enumerable.Range(0, 5).Select(i => PlatformEvent.Create(EventTypes.SmsDelivered, "default", now, new Dictionary<string, object?> { ["n"] = i })).ToList();
        var unwanted = PlatformEvent.Create(EventTypes.SmsFailed, "default", now, null);

        await publisher.PublishManyAsync([wanted[0], unwanted, .. wanted[1..]]);

        var wantedIds = wanted.Select(e => e.Id).ToHashSet();
        var received = await _receiver.WaitForAsync(r => wantedIds.All(id => r.Any(n => n.EventId == id)), NotificationSteps.Within);
        received.Select(n => n.EventId ?? "").Where(wantedIds.Contains).ShouldBe(wantedIds, ignoreOrder: true);
        received.ShouldNotContain(n => n.EventId == unwanted.Id);
    }
}
