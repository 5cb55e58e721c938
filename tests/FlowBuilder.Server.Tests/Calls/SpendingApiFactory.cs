using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Server.Tests.Infrastructure;
using FlowBuilder.Testing.Billing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Server.Tests.Calls;

/// <summary>The simulator server with a <see cref="FakeSpendingGuard"/> in place of billing's.</summary>
public sealed class SpendingApiFactory : FlowBuilderApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:Simulator:InstantPrompts"] = "true",
    };

    public FakeSpendingGuard Spending { get; } = new();

    public CallSimulator Simulator => Services.GetRequiredService<CallSimulator>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ISpendingGuard>(Spending));
    }
}
