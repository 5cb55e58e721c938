using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowBuilder.Server.Tests.Campaigns;

/// <summary>The server with its SQL campaign store, a clock the test moves, and fakes of the contacts, dialer and desk ports.</summary>
public sealed class CampaignsApiFactory : ClockedApiFactory
{
    public FakeContactStore Contacts { get; } = new();

    public FakeCampaignControl Control => (FakeCampaignControl)Services.GetRequiredService<ICampaignControl>();

    public FakeOperatorDesk Desk => (FakeOperatorDesk)Services.GetRequiredService<IOperatorDesk>();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["FlowBuilder:Campaigns:MaxConcurrentCalls"] = "20" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IContactStore>();
            services.AddSingleton<IContactStore>(Contacts);
            services.RemoveAll<ICampaignControl>();
            services.AddSingleton<ICampaignControl, FakeCampaignControl>();
            services.RemoveAll<IOperatorDesk>();
            services.AddSingleton<IOperatorDesk, FakeOperatorDesk>();
        });
    }
}
