namespace FlowBuilder.Activities.Tests.Http;

/// <summary>What the designer's palette and property form get for HTTP Request.</summary>
public sealed class HttpRequestDescriptorTests : IAsyncLifetime
{
    private readonly TestEngine _host = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Descriptor_HasTheOutcomesOutputsAndInputForm()
    {
        var descriptor = _host.Registry.Descriptors.Single(d => d.Type == "http.request");

        descriptor.DisplayName.ShouldBe("HTTP Request");
        descriptor.Category.ShouldBe("HTTP");
        descriptor.Outcomes.ShouldBe(["success", "client-error", "server-error", "timeout", "failed"], ignoreOrder: true);
        descriptor.Outputs.Select(o => o.Name).ShouldBe(["status", "headers", "body", "durationMs", "attempts", "error", "fillerPlayed"], ignoreOrder: true);
        var properties = descriptor.InputSchema["properties"]!.AsObject();
        properties.Select(p => p.Key).ShouldBe(
            ["url", "method", "headers", "body", "contentType", "auth", "username", "password", "token", "secret", "timeoutSeconds", "retries", "idempotencyKey", "fillerPrompt", "fillerDelaySeconds"],
            ignoreOrder: true);
        descriptor.InputSchema["required"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["url"]);
        properties["method"]!.ToJsonString().ShouldContain("\"post\"");
        properties["auth"]!.ToJsonString().ShouldContain("\"hmac\"");
    }
}
