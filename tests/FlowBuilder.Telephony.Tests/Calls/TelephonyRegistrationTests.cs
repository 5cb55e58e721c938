using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Sip.Registrar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Telephony.Tests.Calls;

public sealed class TelephonyRegistrationTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void AddFlowBuilderTelephony_SipNotEnabled_RegistersNothing()
    {
        var services = new ServiceCollection();

        services.AddFlowBuilderTelephony(Config(("FlowBuilder:Sip:Listen:0", "udp:127.0.0.1:5060")));

        services.ShouldBeEmpty();
    }

    [Fact]
    public async Task AddFlowBuilderTelephony_Enabled_SipCallControlIsTheSipCallChannelAndServiceIsHosted()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IInboundCallRouter>(new ScriptedRouter("100"));
        services.AddFlowBuilderTelephony(Config(
            ("FlowBuilder:Sip:Enabled", "true"),
            ("FlowBuilder:Sip:Listen:0", "udp:127.0.0.1:0"),
            ("FlowBuilder:Sip:MediaAddress", "127.0.0.1"),
            ("FlowBuilder:Sip:Trunks:0:Name", "carrier"),
            ("FlowBuilder:Sip:Trunks:0:Host", "127.0.0.1"),
            ("FlowBuilder:Sip:Trunks:0:OutboundProxy", "127.0.0.1:5070")));
        await using var provider = services.BuildServiceProvider();

        var channel = provider.GetRequiredService<ICallControl>();

        channel.ShouldBeSameAs(provider.GetRequiredService<SipCallControl>());
        channel.Channel.ShouldBe("sip");
        provider.GetServices<IHostedService>().ShouldContain(s => s is SipCallService);
        provider.GetRequiredService<IOptions<SipOptions>>().Value.Trunks.ShouldHaveSingleItem().OutboundProxy.ShouldBe("127.0.0.1:5070");
    }

    [Fact]
    public async Task AddFlowBuilderTelephony_RecordingStore_DefaultsToInMemoryAndAnEarlierRegistrationWins()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"fb-rec-{Guid.NewGuid():N}");
        (string, string)[] settings =
        [
            ("FlowBuilder:Sip:Enabled", "true"), ("FlowBuilder:Sip:Listen:0", "udp:127.0.0.1:0"), ("FlowBuilder:Sip:RecordingsFolder", folder),
        ];
        var plain = new ServiceCollection();
        plain.AddFlowBuilderTelephony(Config(settings));
        var custom = new ServiceCollection();
        var store = new InMemoryCallRecordingStore();
        custom.AddSingleton<ICallRecordingStore>(store);
        custom.AddFlowBuilderTelephony(Config(settings));
        await using var first = plain.BuildServiceProvider();
        await using var second = custom.BuildServiceProvider();

        first.GetRequiredService<SipCallControl>().Recordings.ShouldBeOfType<InMemoryCallRecordingStore>();
        second.GetRequiredService<SipCallControl>().Recordings.ShouldBeSameAs(store);
        second.GetRequiredService<SipCallControl>().RecordingsFolder.ShouldBe(folder);
    }

    [Fact]
    public async Task AddFlowBuilderTelephony_ExtensionPresence_IsTheRegistrars_EvenOverAnEarlierDefault()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IExtensionStore>(new InMemoryExtensionStore());
        services.TryAddSingleton<IExtensionPresence>(new EveryoneHere());
        services.AddFlowBuilderTelephony(Config(("FlowBuilder:Sip:Enabled", "true"), ("FlowBuilder:Sip:Listen:0", "udp:127.0.0.1:0")));
        await using var provider = services.BuildServiceProvider();

        var presence = provider.GetRequiredService<IExtensionPresence>();

        presence.ShouldBeOfType<SipExtensionPresence>();
        presence.IsRegistered("101").ShouldBeFalse();
    }

    private sealed class EveryoneHere : IExtensionPresence
    {
        public bool IsRegistered(string number) => true;
    }

    [Fact]
    public async Task AddFlowBuilderTelephony_InvalidOptions_FailValidationNamingTheKey()
    {
        var services = new ServiceCollection();
        services.AddFlowBuilderTelephony(Config(("FlowBuilder:Sip:Enabled", "true"), ("FlowBuilder:Sip:Listen:0", "udp:nowhere")));
        await using var provider = services.BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SipOptions>>().Value);

        error.Message.ShouldContain("FlowBuilder:Sip:Listen:0 'udp:nowhere'");
    }

    [Fact]
    public async Task AddFlowBuilderTelephony_WithAnExtensionStore_RegistrarUsesTheRealmAndRoutesBind()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IInboundCallRouter>(new ScriptedRouter("100"));
        services.AddSingleton<FlowBuilder.Engine.CallCentre.IExtensionStore>(new FlowBuilder.Engine.CallCentre.InMemoryExtensionStore());
        services.AddFlowBuilderTelephony(Config(
            ("FlowBuilder:Sip:Enabled", "true"),
            ("FlowBuilder:Sip:Listen:0", "udp:127.0.0.1:0"),
            ("FlowBuilder:Sip:MediaAddress", "127.0.0.1"),
            ("FlowBuilder:Sip:Realm", "pbx.acme"),
            ("FlowBuilder:Sip:Trunks:0:Name", "carrier"),
            ("FlowBuilder:Sip:Trunks:0:Host", "127.0.0.1"),
            ("FlowBuilder:Sip:Routes:0:Name", "uk"),
            ("FlowBuilder:Sip:Routes:0:Prefix", "+44"),
            ("FlowBuilder:Sip:Routes:0:Trunk", "carrier"),
            ("FlowBuilder:Sip:Routes:0:StripDigits", "1")));
        await using var provider = services.BuildServiceProvider();

        var registrar = provider.GetRequiredService<SipCallControl>().Registrar.ShouldNotBeNull();

        registrar.Authenticator.Realm.ShouldBe("pbx.acme");
        var route = provider.GetRequiredService<IOptions<SipOptions>>().Value.Routes.ShouldHaveSingleItem();
        (route.Prefix, route.Trunk, route.StripDigits).ShouldBe(("+44", "carrier", 1));
    }

    [Fact]
    public async Task AddFlowBuilderTelephony_WithoutAnExtensionStore_NoRegistrar()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IInboundCallRouter>(new ScriptedRouter("100"));
        services.AddFlowBuilderTelephony(Config(("FlowBuilder:Sip:Enabled", "true"), ("FlowBuilder:Sip:Listen:0", "udp:127.0.0.1:0"), ("FlowBuilder:Sip:MediaAddress", "127.0.0.1")));
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<SipCallControl>().Registrar.ShouldBeNull();
    }

    [Fact]
    public async Task AddFlowBuilderTelephony_RouteToUnknownTrunk_FailsValidationNamingTheKey()
    {
        var services = new ServiceCollection();
        services.AddFlowBuilderTelephony(Config(
            ("FlowBuilder:Sip:Enabled", "true"),
            ("FlowBuilder:Sip:Listen:0", "udp:127.0.0.1:0"),
            ("FlowBuilder:Sip:MediaAddress", "127.0.0.1"),
            ("FlowBuilder:Sip:Trunks:0:Name", "carrier"),
            ("FlowBuilder:Sip:Trunks:0:Host", "127.0.0.1"),
            ("FlowBuilder:Sip:Routes:0:Name", "default"),
            ("FlowBuilder:Sip:Routes:1:Name", "other"),
            ("FlowBuilder:Sip:Routes:0:Trunk", "carrier"),
            ("FlowBuilder:Sip:Routes:1:Trunk", "x")));
        await using var provider = services.BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SipOptions>>().Value);

        error.Message.ShouldContain("FlowBuilder:Sip:Routes:1:Trunk 'x' is not a configured trunk");
    }
}
