using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Http;

/// <summary>The server with a small response limit for HTTP Request, set through configuration (FlowBuilder:Http).</summary>
public sealed class HttpRequestApiFactory : FlowBuilderApiFactory
{
    public const int ResponseLimit = 4096;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:Http:MaxResponseBytes"] = ResponseLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
