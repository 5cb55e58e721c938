using System.Net;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Accounts;

/// <summary>
/// A server on a manual clock whose clients carry no credentials unless asked. A request's remote address can be set with
/// <see cref="RemoteAddressHeader"/> (the in-memory server has none, which counts as loopback).
/// </summary>
public sealed class AccountsApiFactory(bool bootstrapAdministrator = false) : ClockedApiFactory
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";
    public const string AdministratorEmail = "root@flowbuilder.example";

    protected override IReadOnlyDictionary<string, string?> Settings => bootstrapAdministrator
        ? new Dictionary<string, string?>
        {
            ["FlowBuilder:Accounts:Bootstrap:Email"] = AdministratorEmail,
            ["FlowBuilder:Accounts:Bootstrap:Password"] = AccountsFixture.Password,
            ["FlowBuilder:Accounts:Bootstrap:Name"] = "Root",
        }
        : new Dictionary<string, string?>();

    protected override bool SignClients => false;

    /// <summary>A client with a cookie container, no key.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    /// <summary>A client sending the system-administrator key.</summary>
    public HttpClient SystemAdministrator() => TestApiKeys.Authorize(CreateClient());

    public static HttpClient WithKey(HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, RemoteAddressFilter>());
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, following) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[RemoteAddressHeader].ToString(), out var address)) http.Connection.RemoteIpAddress = address;
                return following(http);
            });
            next(app);
        };
    }
}
