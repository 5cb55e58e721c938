using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Testing.Billing;
using FlowBuilder.Testing.CallCentre;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Activities.Tests.Telephony.CallFlowsForTests;

namespace FlowBuilder.Activities.Tests.Billing;

/// <summary>A company whose balance is used up places no outbound call: every dial to a number fails with the reason.</summary>
public sealed class DialSpendingTests : IAsyncLifetime
{
    private const string Reason = "The balance of Acme is -12.40 EUR and its credit limit 10.00 EUR: top up the account to place calls again.";
    private readonly FakeSpendingGuard _guard = new();
    private readonly CallHarness _calls;

    public DialSpendingTests() => _calls = new CallHarness(configure: f =>
    {
        f.Services.AddSingleton<ISpendingGuard>(_guard);
        var extensions = CallCentreStores.Extensions(new Extension(CallHarness.Company, "103", "Carol", "s"));
        f.Services.AddSingleton<IExtensionStore>(extensions);
        f.Services.AddSingleton<IExtensionGroupStore>(CallCentreStores.Groups(extensions));
    });

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _calls.DisposeAsync();

    private Task<InstanceSettled> DialAsync(string to) =>
        _calls.Host.RunAsync(_calls.Host.Compile(Flow("dial",
            [
                Node("dial", "telephony.dial", new { to }),
                Node("answered", "control.end", new { result = "answered" }),
                Node("failed", "control.end", new { result = "js: 'failed ' + outputs.dial.sipStatus + ': ' + outputs.dial.error" }),
            ],
            [Edge("dial", "answered", "answered"), Edge("dial", "failed", "failed")])));

    [Fact]
    public async Task Dial_CompanyRefused_TakesFailedWithTheReason_AndRingsNobody()
    {
        _guard.Refuse(CallHarness.Company, Reason);
        var dialled = 0;
        _calls.Simulator.Event += e => { if (e.Kind == SimulatedCallEventKind.Dialling) Interlocked.Increment(ref dialled); };

        var settled = await DialAsync("+18005559999");

        settled.Result.ShouldBe($"failed 402: {Reason}");
        dialled.ShouldBe(0);
        await _calls.Host.Engine.FlushAsync();
        var journal = await _calls.Host.Store.GetJournalAsync(settled.InstanceId, CancellationToken.None);
        journal.Single(e => e.NodeId == "dial").Outputs.ShouldNotBeNull().ShouldContain("top up the account");
    }

    [Fact]
    public async Task Dial_CompanyAllowedAgain_IsPlaced()
    {
        _guard.Refuse(CallHarness.Company, Reason);
        (await DialAsync("+18005559999")).Result.ShouldBeOfType<string>().ShouldStartWith("failed");

        _guard.Allow(CallHarness.Company);

        (await DialAsync("+18005559999")).Result.ShouldBe("answered");
    }

    [Fact]
    public async Task Dial_Extension_IsInternal_AndNotRefused()
    {
        _guard.Refuse(CallHarness.Company, Reason);

        (await DialAsync("ext:103")).Result.ShouldBe("answered");
    }

    [Fact]
    public async Task Dial_OtherCompanyRefused_DoesNotStopThisOne()
    {
        _guard.Refuse("other", Reason);

        (await DialAsync("+18005559999")).Result.ShouldBe("answered");
        _guard.Asked.ShouldBe(1);
    }
}
