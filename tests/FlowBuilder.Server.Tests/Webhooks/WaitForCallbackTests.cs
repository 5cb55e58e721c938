using System.Net;
using System.Text.Json.Nodes;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Webhooks;

public sealed class WaitForCallbackTests(WebhooksApiFactory factory) : IClassFixture<WebhooksApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Runs the callback flow until it waits; returns the instance and the path of its callback URL.</summary>
    private async Task<(string InstanceId, string CallbackPath)> StartWaitingAsync(string? notifyUrl = null)
    {
        var id = TestFlows.NewId("callback");
        await _client.CreateAndPublishAsync(WebhookTestFlows.Callback(id, notifyUrl));
        var run = await _client.RunAsync(id);
        run.Text("status").ShouldBe("suspended", run.ToJsonString());
        var instanceId = run.Text("id");
        var instance = await (await _client.GetAsync($"/api/instances/{instanceId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var url = new Uri(instance["outputs"]!["wait"].Text("callbackUrl"));
        url.GetLeftPart(UriPartial.Authority).ShouldBe(WebhooksApiFactory.PublicUrl);
        return (instanceId, url.AbsolutePath);
    }

    [Fact]
    public async Task Callback_Posted_ResumesWithThePayload()
    {
        var (instanceId, callbackPath) = await StartWaitingAsync();
        callbackPath.ShouldStartWith("/hooks/callbacks/");
        callbackPath["/hooks/callbacks/".Length..].Length.ShouldBe(43);

        var response = await _client.PostJsonAsync(callbackPath, new JsonObject { ["confirmed"] = true, ["orderId"] = "A-17" });

        (await response.ShouldBeJsonAsync(HttpStatusCode.Accepted)).Text("instanceId").ShouldBe(instanceId);
        var settled = await factory.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        settled.Status.ShouldBe(InstanceStatus.Completed);
        var result = (IReadOnlyDictionary<string, object?>)settled.Result!;
        result["orderId"].ShouldBe("A-17");
        result["confirmed"].ShouldBe(true);
    }

    [Fact]
    public async Task Callback_PostedTwice_ResumesOnceAndTheSecondGets404()
    {
        var (instanceId, callbackPath) = await StartWaitingAsync();

        var first = _client.PostJsonAsync(callbackPath, new JsonObject { ["n"] = 1 });
        var second = _client.PostJsonAsync(callbackPath, new JsonObject { ["n"] = 2 });
        var answers = await Task.WhenAll(first, second);

        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.Accepted, HttpStatusCode.NotFound]);
        var settled = await factory.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        var journal = await (await _client.GetAsync($"/api/instances/{instanceId}/journal")).Content.ReadAsStringAsync();
        settled.Status.ShouldBe(InstanceStatus.Completed);
        journal.Split("\"got\"").Length.ShouldBeLessThanOrEqualTo(2, journal);
        var late = await _client.PostJsonAsync(callbackPath, new JsonObject { ["n"] = 3 });
        (await late.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Text("title").ShouldBe("Callback already used");
    }

    [Fact]
    public async Task Callback_UnknownToken_Returns404()
    {
        var response = await _client.PostJsonAsync("/hooks/callbacks/not-a-real-token-at-all", new JsonObject());

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Text("title").ShouldBe("No such callback");
    }

    [Fact]
    public async Task Callback_NothingPostedBeforeTheTimeout_TakesTimeoutAndLateCallbackGets410()
    {
        var (instanceId, callbackPath) = await StartWaitingAsync();
        await factory.Clock.WhenTimerArmedAsync(TimeSpan.FromSeconds(30), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var finished = factory.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished());
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var settled = await finished.WaitAsync(TimeSpan.FromSeconds(10));
        await factory.Engine.FlushAsync();
        var late = await _client.PostJsonAsync(callbackPath, new JsonObject { ["too"] = "late" });

        settled.Result.ShouldBe("timed out");
        (await late.ShouldBeProblemAsync(HttpStatusCode.Gone)).Text("instanceId").ShouldBe(instanceId);
    }

    [Fact]
    public async Task Callback_WithNotifyUrl_PostsTheCallbackUrlToTheOtherSystemFirst()
    {
        await using var receiver = await NotifyReceiver.StartAsync();
        var (instanceId, callbackPath) = await StartWaitingAsync(receiver.NotifyUrl);

        var notified = await receiver.NextAsync();

        notified.Text("instanceId").ShouldBe(instanceId);
        notified.Text("callbackUrl").ShouldBe(WebhooksApiFactory.PublicUrl + callbackPath);
        notified["data"].Text("orderId").ShouldBe("A-17");
        (await _client.PostJsonAsync(callbackPath, new JsonObject { ["ok"] = true })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var settled = await factory.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));
        ((IReadOnlyDictionary<string, object?>)settled.Result!)["ok"].ShouldBe(true);
    }

    [Fact]
    public async Task Callback_NotifyUrlAnswers500_TakesFailed()
    {
        await using var receiver = await NotifyReceiver.StartAsync();
        receiver.StatusCode = 500;
        var id = TestFlows.NewId("notify-fails");
        await _client.CreateAndPublishAsync(WebhookTestFlows.Callback(id, receiver.NotifyUrl));

        var run = await _client.RunAsync(id);

        run.Text("status").ShouldBe("completed", run.ToJsonString());
        run.Text("result").ShouldBe("notify failed");
        (await receiver.NextAsync()).Text("callbackUrl").ShouldStartWith(WebhooksApiFactory.PublicUrl);
    }

    [Fact]
    public async Task Callback_PostedBeforeTheNotificationIsAnswered_IsKeptAndResumesTheWait()
    {
        await using var receiver = await NotifyReceiver.StartAsync();
        var earlyAnswer = new TaskCompletionSource<HttpStatusCode>(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.BeforeAnswer = async notification =>
        {
            var path = new Uri(notification.Text("callbackUrl")).AbsolutePath;
            var response = await _client.PostJsonAsync(path, new JsonObject { ["fast"] = true });
            earlyAnswer.TrySetResult(response.StatusCode);
        };
        var id = TestFlows.NewId("fast-crm");
        await _client.CreateAndPublishAsync(WebhookTestFlows.Callback(id, receiver.NotifyUrl));

        var run = await _client.RunAsync(id, new JsonObject { ["wait"] = false });
        var instanceId = run.Text("id");
        var settled = await factory.Engine.WhenSettledAsync(instanceId, s => s.Status.IsFinished()).WaitAsync(TimeSpan.FromSeconds(10));

        (await earlyAnswer.Task.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(HttpStatusCode.Accepted);
        settled.Status.ShouldBe(InstanceStatus.Completed);
        ((IReadOnlyDictionary<string, object?>)settled.Result!)["fast"].ShouldBe(true);
    }
}
