using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.ClickToCall;

/// <summary>The server with its SQL stores and the real click-to-call intake, reports and billing, on a clock the test moves.
/// The dispatcher does not dial (FlowBuilder:ClickToCall:Enabled false), so requests stay where the test puts them. The test
/// host has no peer address; a request's <see cref="PeerHeader"/> plays the connection's remote address.</summary>
public class ClickToCallApiFactory : ClockedApiFactory
{
    public const string PeerHeader = "X-Test-Peer";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:ClickToCall:Enabled"] = "false",
        ["FlowBuilder:ClickToCall:ReminderPollSeconds"] = "3600",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerAddressFilter>());
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer) && IPAddress.TryParse(peer, out var address))
                    context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
