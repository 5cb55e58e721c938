using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Testing.CallCentre;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Telephony;

/// <summary>telephony.dial with the call-target syntax: extensions (with their forwarding) and groups are reached through the
/// call connector; numbers and SIP URIs are dialled as before.</summary>
public sealed class DialTargetTests : IAsyncLifetime
{
    private readonly CallHarness _calls = new(configure: f =>
    {
        var extensions = CallCentreStores.Extensions(
            new Extension(CallHarness.Company, "101", "Alice", "s") { Forwarding = new ExtensionForwarding(OnBusy: "102") },
            new Extension(CallHarness.Company, "102", "Bob", "s"),
            new Extension(CallHarness.Company, "103", "Carol", "s"),
            new Extension("other", "201", "Eve", "s"));
        f.Services.AddSingleton<IExtensionStore>(extensions);
        f.Services.AddSingleton<IExtensionGroupStore>(CallCentreStores.Groups(extensions,
            new ExtensionGroup(CallHarness.Company, "sales", ["103", "102"], GroupRingMode.Sequential)));
    });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private Task<InstanceSettled> DialAsync(string to) =>
        _calls.Host.RunAsync(_calls.Host.Compile(Flow("dial-target",
            [
                Node("dial", "telephony.dial", new { to }),
                Node("answered", "control.end", new { result = "js: 'answered by ' + outputs.dial.answeredBy + ' on ' + outputs.dial.callId + ' ' + (outputs.dial.callId === vars.call.id)" }),
                Node("busy", "control.end", new { result = "js: 'busy ' + outputs.dial.sipStatus" }),
                Node("noanswer", "control.end", new { result = "no-answer" }),
                Node("failed", "control.end", new { result = "js: 'failed: ' + outputs.dial.error" }),
            ],
            [Edge("dial", "answered", "answered"), Edge("dial", "busy", "busy"), Edge("dial", "no-answer", "noanswer"), Edge("dial", "failed", "failed")])));

    private async Task<string> DialledAsync(int nth)
    {
        var seen = 0;
        return (await _calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && ++seen == nth).WaitAsync(TimeSpan.FromSeconds(10))).Text!;
    }

    [Theory]
    [InlineData("ext:103")]
    [InlineData("103")]
    public async Task Dial_Extension_RingsIt_AndSetsAnsweredBy(string to)
    {
        var settled = await DialAsync(to);

        var result = settled.Result.ShouldBeOfType<string>();
        result.ShouldStartWith("answered by ext:103 on simulator-");
        result.ShouldEndWith(" true");
        (await DialledAsync(1)).ShouldBe("103");
    }

    [Fact]
    public async Task Dial_BusyExtension_IsForwardedOnBusy_AndAnsweredByNamesTheForwardTarget()
    {
        _calls.Simulator.ScriptDial("101", DialStatus.Busy);

        var settled = await DialAsync("ext:101");

        settled.Result.ShouldBeOfType<string>().ShouldStartWith("answered by ext:102 ");
        (await DialledAsync(2)).ShouldBe("102");
    }

    [Fact]
    public async Task Dial_SequentialGroup_RingsMembersInOrder_UntilOneAnswers()
    {
        _calls.Simulator.ScriptDial("103", DialStatus.Busy);

        var settled = await DialAsync("group:sales");

        settled.Result.ShouldBeOfType<string>().ShouldStartWith("answered by ext:102 ");
        (await DialledAsync(1)).ShouldBe("103");
    }

    [Fact]
    public async Task Dial_GroupWhereEverybodyIsBusy_TakesBusy()
    {
        _calls.Simulator.ScriptDial("103", DialStatus.Busy);
        _calls.Simulator.ScriptDial("102", DialStatus.Busy);

        (await DialAsync("group:sales")).Result.ShouldBe("busy 486");
    }

    [Theory]
    [InlineData("ext:999", "Extension 999 does not exist in this company")]
    [InlineData("ext:201", "Extension 201 does not exist in this company")]
    [InlineData("group:support", "Group 'support' does not exist in this company")]
    public async Task Dial_UnknownOrForeignTarget_Fails_NamingIt(string to, string error)
    {
        var result = (await DialAsync(to)).Result.ShouldBeOfType<string>();

        result.ShouldStartWith("failed: " + error);
        _calls.Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling).IsCompleted.ShouldBeFalse("nothing is dialled");
    }

    [Theory]
    [InlineData("+18005559999")]
    [InlineData("911")]
    [InlineData("sip:bob@127.0.0.1")]
    public async Task Dial_NumbersAndSipUris_AreDialledAsWritten(string to)
    {
        var settled = await DialAsync(to);

        settled.Result.ShouldBeOfType<string>().ShouldStartWith($"answered by {to} on simulator-");
        (await DialledAsync(1)).ShouldBe(to);
    }
}
