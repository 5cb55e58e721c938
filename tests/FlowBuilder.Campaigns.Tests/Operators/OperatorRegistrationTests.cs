using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Campaigns.Tests.Operators;

public sealed class OperatorRegistrationTests
{
    [Fact]
    public async Task AddCampaignOperators_OneDeskIsDeskAndPool_TheConnectorIsRegistered_AndWithoutSipEveryExtensionIsPresent()
    {
        var store = new FakeCampaignStore();
        var live = new FakeLiveAttempts();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ICampaignStore>(store);
        services.AddSingleton<IContactStore>(new FakeContactStore());
        services.AddSingleton<IDoNotCallList>(new FakeDoNotCallList());
        services.AddSingleton<ILiveAttempts>(live);
        services.AddSingleton<IPreviewDialing>(new FakePreviewDialing(store, live, TimeProvider.System));
        services.AddSingleton(new CallConnector(new CallTargets(null, null), TimeProvider.System));

        services.AddCampaignOperators();
        await using var provider = services.BuildServiceProvider();

        var desk = provider.GetRequiredService<OperatorDesk>();
        provider.GetRequiredService<IOperatorDesk>().ShouldBeSameAs(desk);
        provider.GetRequiredService<IOperatorPool>().ShouldBeSameAs(desk);
        provider.GetRequiredService<IOperatorConnector>().ShouldBeOfType<OperatorConnector>();
        provider.GetRequiredService<IExtensionPresence>().IsRegistered("101").ShouldBeTrue();
    }
}
