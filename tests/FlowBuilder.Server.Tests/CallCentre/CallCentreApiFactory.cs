using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Server.Tests.CallCentre;

/// <summary>The server whose requests act for the company in the <see cref="HeaderCompanyContext.Header"/> header.</summary>
public sealed class CallCentreApiFactory : FlowBuilderApiFactory
{
    /// <summary>A client acting for <paramref name="companyId"/> (the default company when null).</summary>
    public HttpClient ClientFor(string? companyId = null)
    {
        var client = CreateClient();
        if (companyId is not null) client.DefaultRequestHeaders.Add(HeaderCompanyContext.Header, companyId);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddHttpContextAccessor();
            services.RemoveAll<ICompanyContext>();
            services.AddScoped<ICompanyContext, HeaderCompanyContext>();
        });
    }
}
