namespace FlowBuilder.Server.Tests.ClickToCall;

/// <summary>The server behind a proxy at 127.0.0.1 (FlowBuilder:Server:KnownProxies): the proxy's X-Forwarded-For names the client.</summary>
public sealed class ProxiedClickToCallApiFactory : ClickToCallApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["FlowBuilder:Server:KnownProxies:0"] = "127.0.0.1" };
}
