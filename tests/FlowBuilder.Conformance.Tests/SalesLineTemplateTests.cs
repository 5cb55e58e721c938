using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Testing;
using FlowBuilder.Testing.CallCentre;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Conformance.Tests;

/// <summary>The sales-line template rings the sales group and takes a message when nobody answers.</summary>
public sealed class SalesLineTemplateTests : IAsyncLifetime
{
    private const string Line = "+18005550400";
    private readonly CallHarness _calls = new(configure: f =>
    {
        var extensions = CallCentreStores.Extensions(new Extension(CallHarness.Company, "101", "Alice", "s"), new Extension(CallHarness.Company, "102", "Bob", "s"));
        f.Services.AddSingleton<IExtensionStore>(extensions);
        f.Services.AddSingleton<IExtensionGroupStore>(CallCentreStores.Groups(extensions, new ExtensionGroup(CallHarness.Company, "sales", ["101", "102"])));
    });

    public async Task InitializeAsync() => await _calls.PublishAsync(FlowJson.Parse(
        await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "flow-templates", "sales-line-voicemail.flow.json"))));

    public async Task DisposeAsync() => await _calls.DisposeAsync();

    [Fact]
    public async Task SalesLine_AgentAnswers_TheCallerIsBridged_AndHungUpWhenTheAgentHangsUp()
    {
        var (call, result) = await _calls.CallAsync(Line);
        var bridged = await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.Bridged);

        _calls.Simulator.HangUpByCaller(bridged.Text!);

        await _calls.FinishedAsync(result.InstanceId!);
        (await _calls.Host.TranscriptAsync(result.InstanceId!)).ShouldBe(["incoming:done", "connect:connected", "hangup:done"]);
        (await _calls.RecordOfAsync(call.Id)).Cause.ShouldBe(HangUpCause.Normal);
    }

    [Fact]
    public async Task SalesLine_EverybodyBusy_TakesAMessage()
    {
        _calls.Simulator.ScriptDial("101", DialStatus.Busy);
        _calls.Simulator.ScriptDial("102", DialStatus.Busy);
        var (call, result) = await _calls.CallAsync(Line);
        await _calls.WaitForAsync(call.Id, SimulatedCallEventKind.RecordingStarted);
        await _calls.WaitForDigitReadAsync(call.Id);
        _calls.Clock.Advance(TimeSpan.FromSeconds(20));

        _calls.Simulator.PressDigits(call.Id, "#");

        await _calls.FinishedAsync(result.InstanceId!);
        (await _calls.Host.TranscriptAsync(result.InstanceId!)).ShouldBe(["incoming:done", "connect:busy", "answer:done", "voicemail:recorded", "thanks:done", "hangup:done"]);
        var recordings = await _calls.Recordings.ListAsync(new CallRecordingQuery(CallId: call.Id), CancellationToken.None);
        recordings.ShouldHaveSingleItem().Duration.ShouldBe(TimeSpan.FromSeconds(20));
    }
}
