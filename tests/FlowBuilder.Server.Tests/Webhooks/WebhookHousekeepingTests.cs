using System.Net;
using FlowBuilder.Data.Context;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Server.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FlowBuilder.Server.Tests.Webhooks;

public sealed class WebhookHousekeepingTests(WebhooksApiFactory factory) : IClassFixture<WebhooksApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Housekeeping_AfterTheKeyLifetime_ForgetsTheKeySoItStartsAgain()
    {
        var id = TestFlows.NewId("expiring");
        var path = $"expiring/{Guid.NewGuid():N}";
        await _client.CreateAndPublishAsync(WebhookTestFlows.Listener(id, path));
        var key = Guid.NewGuid().ToString();
        (await _client.PostSignedAsync($"/hooks/{path}", """{"event":"a"}""", null, key)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await _client.PostSignedAsync($"/hooks/{path}", """{"event":"b"}""", null, key)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        var before = await StoredKeysAsync(key);

        // Advancing also ticks the service's own ten-minute timer; the explicit run makes the outcome certain.
        factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var housekeeping = factory.Services.GetServices<IHostedService>().OfType<WebhookHousekeeping>().Single();
        await housekeeping.CleanAsync(CancellationToken.None);
        var after = await StoredKeysAsync(key);
        var later = await _client.PostSignedAsync($"/hooks/{path}", """{"event":"b"}""", null, key);

        before.ShouldBe(1);
        after.ShouldBe(0);
        later.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        later.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await _client.InstanceCountAsync(id)).ShouldBe(2);
    }

    private async Task<int> StoredKeysAsync(string key)
    {
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<FlowBuilderDbContext>>().CreateDbContextAsync();
        return await context.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM webhook_idempotency WHERE idempotency_key = {key}").SingleAsync();
    }
}
