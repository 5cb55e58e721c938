using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Engine.Tests.Calls.Simulator;

public sealed class CallSimulatorRegistrationTests
{
    [Fact]
    public async Task AddCallSimulator_RegistersOneSimulatorThatCallChannelsFindsByPrefix()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFlowBuilder(f => f.AddCallSimulator(o => o.InstantPrompts = true).AddCallSimulator());
        await using var provider = services.BuildServiceProvider();

        var simulator = provider.GetRequiredService<CallSimulator>();
        var channels = provider.GetRequiredService<CallChannels>();

        provider.GetServices<ICallControl>().ShouldHaveSingleItem().ShouldBeSameAs(simulator);
        channels.For("simulator-abc").ShouldBeSameAs(simulator);
        channels.Default.ShouldBeNull("the simulator places no real call, so it is never the default by elimination");
        var call = simulator.Ring("+1", "+2");
        await simulator.AnswerAsync(call.Id, default);
        (await simulator.PlayAsync(call.Id, Prompt.Say("instant"), false, default)).ShouldBe(CallOperationResult.Completed);
    }

    [Fact]
    public void CallChannels_TheSimulatorIsTheDefaultOnlyWhenConfiguredSo()
    {
        var simulator = new CallSimulator(TimeProvider.System, new InMemoryCallRecordStore());

        new CallChannels([simulator]).Default.ShouldBeNull();
        new CallChannels([simulator], new CallChannelOptions { DefaultChannel = "simulator" }).Default.ShouldBeSameAs(simulator);
    }
}
