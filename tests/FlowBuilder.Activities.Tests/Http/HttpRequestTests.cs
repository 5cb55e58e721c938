using System.Text.Json;
using FlowBuilder.Activities.Http;
using FlowBuilder.Engine.Hosting;
using FlowBuilder.Engine.Http;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Activities.Tests.Http.HttpFlows;

namespace FlowBuilder.Activities.Tests.Http;

/// <summary>HTTP Request against a real loopback server: answers, templates, auth, outcomes.</summary>
public sealed class HttpRequestTests : IAsyncLifetime
{
    // Retries wait no time here, so retry tests need no clock moves; the pacing itself is Polly's.
    private readonly TestEngine _host = new(f => f.Services.Configure<HttpRequesterOptions>(o =>
    {
        o.RetryDelay = TimeSpan.Zero;
        o.MaxRetryAfter = TimeSpan.Zero;
        o.MaxResponseBytes = 4096;
    }));

    private LoopbackReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await LoopbackReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Get_JsonAnswer_IsParsedAndReadByTheNextNode()
    {
        _receiver.Reply(ScriptedReply.Json(200, """{"name":"Ada","tier":"gold","orders":[1,2,3]}""") with { Headers = new Dictionary<string, string> { ["X-Request-Id"] = "r-1" } });
        var flow = Flow("get-json",
            [Node("fetch", "http.request", new { url = _receiver.Url("/customers/42") }),
             Node("end", "control.end", new { result = "js: outputs.fetch.body.name + ' is ' + outputs.fetch.body.tier + ', ' + outputs.fetch.body.orders.length + ' orders, ' + outputs.fetch.status + ' ' + outputs.fetch.headers['x-request-id']" })],
            [Edge("fetch", "success", "end")]);

        var settled = await _host.RunAsync(_host.Compile(flow));

        settled.Status.ShouldBe(InstanceStatus.Completed);
        settled.Result.ShouldBe("Ada is gold, 3 orders, 200 r-1");
        var request = await _receiver.NextAsync();
        request.Method.ShouldBe("GET");
        request.PathAndQuery.ShouldBe("/customers/42");
        request.Body.ShouldBeEmpty();
    }

    [Fact]
    public async Task Post_HeadersAndJsonBodyTemplate_AreRenderedFromVariables()
    {
        var flow = Fetch(new
        {
            url = _receiver.Url("/orders?customer={{ vars.id }}"),
            method = "POST",
            headers = new[] { new { name = "X-Customer", value = "{{ vars.name }}" } },
            body = new
            {
                customerId = "js: vars.id",
                greeting = "Hello {{ vars.name }}",
                fixedText = "plain",
                lines = new object[] { new { sku = "{{ vars.sku }}", qty = "js: vars.id * 2" }, 5 },
            },
        },
            Node("id", "control.set-variable", new { variable = "id", value = 7 }),
            Node("name", "control.set-variable", new { variable = "name", value = "Ada" }),
            Node("sku", "control.set-variable", new { variable = "sku", value = "A-1" }));

        var settled = await _host.RunAsync(_host.Compile(flow));

        OutcomeOf(settled.Result).ShouldBe("success");
        var request = await _receiver.NextAsync();
        request.Method.ShouldBe("POST");
        request.PathAndQuery.ShouldBe("/orders?customer=7");
        request.Header("X-Customer").ShouldBe("Ada");
        request.Header("Content-Type").ShouldBe("application/json");
        using var json = JsonDocument.Parse(request.Body);
        json.RootElement.GetProperty("customerId").GetDouble().ShouldBe(7);
        json.RootElement.GetProperty("greeting").GetString().ShouldBe("Hello Ada");
        json.RootElement.GetProperty("fixedText").GetString().ShouldBe("plain");
        json.RootElement.GetProperty("lines")[0].GetProperty("sku").GetString().ShouldBe("A-1");
        json.RootElement.GetProperty("lines")[0].GetProperty("qty").GetDouble().ShouldBe(14);
        json.RootElement.GetProperty("lines")[1].GetInt32().ShouldBe(5);
    }

    [Fact]
    public async Task Post_TextBody_IsSentAsText()
    {
        var flow = Fetch(new { url = _receiver.Url("/notes"), method = "post", body = "Caller {{ vars.n }} asked for a callback" },
            Node("n", "control.set-variable", new { variable = "n", value = "+15550001111" }));

        OutcomeOf((await _host.RunAsync(_host.Compile(flow))).Result).ShouldBe("success");

        var request = await _receiver.NextAsync();
        request.Text.ShouldBe("Caller +15550001111 asked for a callback");
        request.Header("Content-Type").ShouldBe("text/plain; charset=utf-8");
    }

    [Fact]
    public async Task BasicAuth_SendsTheUserAndPassword()
    {
        await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/basic"), auth = "basic", username = "flow", password = "s3cret:x" })));

        (await _receiver.NextAsync()).Header("Authorization").ShouldBe("Basic " + Convert.ToBase64String("flow:s3cret:x"u8.ToArray()));
    }

    [Fact]
    public async Task BearerAuth_SendsTheToken()
    {
        await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/bearer"), auth = "bearer", token = "{{ vars.t }}" },
            Node("t", "control.set-variable", new { variable = "t", value = "tok-123" }))));

        (await _receiver.NextAsync()).Header("Authorization").ShouldBe("Bearer tok-123");
    }

    [Fact]
    public async Task HmacAuth_SignsTheExactBody_AndTheReceiverVerifiesIt()
    {
        var flow = Fetch(new { url = _receiver.Url("/signed"), method = "post", auth = "hmac", secret = "whsec-test", body = new { @event = "call.ended", seconds = 42 } });

        OutcomeOf((await _host.RunAsync(_host.Compile(flow))).Result).ShouldBe("success");

        var request = await _receiver.NextAsync();
        var header = request.Header(WebhookSignature.HeaderName);
        header.ShouldNotBeNull();
        WebhookSignature.Verify(header, "whsec-test", request.Body, _host.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)).ShouldBe(SignatureCheck.Valid);
        WebhookSignature.Verify(header, "another-secret", request.Body, _host.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)).ShouldBe(SignatureCheck.Mismatch);
    }

    [Fact]
    public async Task HmacAuth_WithoutSecret_FaultsNamingTheInput()
    {
        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/signed"), auth = "hmac" })));

        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultNodeId.ShouldBe("fetch");
        settled.FaultMessage!.ShouldContain("'secret'");
        _receiver.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task NotFound_TakesClientError_WithStatusAndTextBody()
    {
        _receiver.Reply(new ScriptedReply(404, "no such customer", "text/plain"));

        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/customers/9") })));

        OutcomeOf(settled.Result).ShouldBe("client-error");
        var outputs = OutputsOf(settled.Result);
        Number(outputs["status"]).ShouldBe(404);
        outputs["body"].ShouldBe("no such customer");
        Number(outputs["attempts"]).ShouldBe(1);
        _receiver.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Get_500Then500Then200_RetriesAndSucceedsOnTheThirdAttempt()
    {
        _receiver.Reply(new ScriptedReply(500), new ScriptedReply(503), ScriptedReply.Json(200, """{"ok":true}"""));

        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/flaky") })));

        OutcomeOf(settled.Result).ShouldBe("success");
        var outputs = OutputsOf(settled.Result);
        Number(outputs["attempts"]).ShouldBe(3);
        ((Dictionary<string, object?>)outputs["body"]!)["ok"].ShouldBe(true);
        _receiver.Received.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Get_AlwaysFailing_StopsAfterTheRetriesAndTakesServerError()
    {
        _receiver.Reply(new ScriptedReply(502), new ScriptedReply(502), new ScriptedReply(502), new ScriptedReply(200));

        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/down"), retries = 1 })));

        OutcomeOf(settled.Result).ShouldBe("server-error");
        Number(OutputsOf(settled.Result)["attempts"]).ShouldBe(2);
        _receiver.Received.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Post_500WithoutIdempotencyKey_IsNotRetried()
    {
        _receiver.Reply(new ScriptedReply(500), ScriptedReply.Json(201, "{}"));

        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/payments"), method = "post", body = new { amount = 10 } })));

        OutcomeOf(settled.Result).ShouldBe("server-error");
        Number(OutputsOf(settled.Result)["attempts"]).ShouldBe(1);
        _receiver.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Post_500WithIdempotencyKey_IsRetriedWithTheSameKey()
    {
        _receiver.Reply(new ScriptedReply(500), ScriptedReply.Json(201, """{"id":"pay-1"}"""));

        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/payments"), method = "post", idempotencyKey = "order-{{ vars.o }}", body = new { amount = 10 } },
            Node("o", "control.set-variable", new { variable = "o", value = "77" }))));

        OutcomeOf(settled.Result).ShouldBe("success");
        Number(OutputsOf(settled.Result)["attempts"]).ShouldBe(2);
        _receiver.Received.Select(r => r.Header("Idempotency-Key")).ShouldBe(["order-77", "order-77"]);
        _receiver.Received.Select(r => r.Text).Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task Get_429WithRetryAfter_IsRetried()
    {
        _receiver.Reply(new ScriptedReply(429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "120" } }, ScriptedReply.Json(200, "{}"));

        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/limited") })));

        OutcomeOf(settled.Result).ShouldBe("success");
        Number(OutputsOf(settled.Result)["attempts"]).ShouldBe(2);
    }

    [Fact]
    public async Task NoAnswerWithinTheTimeout_TakesTimeout_AndTheRequestIsAbandoned()
    {
        var never = new TaskCompletionSource();
        _receiver.Reply(new ScriptedReply(200) { Hold = never.Task });
        var plan = _host.Compile(Fetch(new { url = _receiver.Url("/slow"), timeoutSeconds = 0.2, retries = 0 }));
        var handle = _host.Engine.Start(plan, new StartRequest("default", plan.FlowId));
        await _receiver.NextAsync();

        _host.Clock.Advance(TimeSpan.FromSeconds(1));

        var settled = await handle.Finished.WaitAsync(TimeSpan.FromSeconds(10));
        OutcomeOf(settled.Result).ShouldBe("timeout");
        var outputs = OutputsOf(settled.Result);
        Number(outputs["status"]).ShouldBe(0);
        ((string)outputs["error"]!).ShouldContain("did not answer within 0.2 s");
        await _receiver.Aborted.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ConnectionRefused_TakesFailed_AfterTheRetries()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = $"http://127.0.0.1:{port}/nobody" })));

        OutcomeOf(settled.Result).ShouldBe("failed");
        var outputs = OutputsOf(settled.Result);
        Number(outputs["attempts"]).ShouldBe(3);
        ((string)outputs["error"]!).ShouldContain($"GET http://127.0.0.1:{port}/nobody failed");
    }

    [Fact]
    public async Task BodyOverTheLimit_TakesFailed_WithAClearError()
    {
        _receiver.Reply(new ScriptedReply(200, new string('x', 5000), "text/plain"));

        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url = _receiver.Url("/big") })));

        OutcomeOf(settled.Result).ShouldBe("failed");
        ((string)OutputsOf(settled.Result)["error"]!).ShouldContain("larger than 4096 bytes");
        _receiver.Received.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("/relative/path")]
    public async Task UrlThatIsNotAbsoluteHttp_FaultsNamingTheUrl(string url)
    {
        var settled = await _host.RunAsync(_host.Compile(Fetch(new { url })));

        settled.Status.ShouldBe(InstanceStatus.Faulted);
        settled.FaultNodeId.ShouldBe("fetch");
        settled.FaultMessage!.ShouldContain($"URL '{url}'");
    }

    [Fact]
    public void Requester_IsRegisteredOnce_AndCanBeReplaced()
    {
        _host.Services.GetRequiredService<IHttpRequester>().ShouldBeOfType<HttpRequester>();
        var replaced = new ServiceCollection();
        replaced.AddSingleton<IHttpRequester>(new StubRequester());
        replaced.AddFlowBuilder(f => f.AddBuiltInActivities());
        replaced.BuildServiceProvider().GetRequiredService<IHttpRequester>().ShouldBeOfType<StubRequester>();
    }

    private sealed class StubRequester : IHttpRequester
    {
        public Task<OutboundHttpResponse> SendAsync(OutboundHttpRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
