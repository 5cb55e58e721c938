using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Campaigns.ClickToCall.Hosting;
using FlowBuilder.Campaigns.ClickToCall.Intake;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Events;
using FlowBuilder.Testing.Billing;
using FlowBuilder.Testing.CallCentre;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>
/// The dispatcher (AddFlowBuilderClickToCall) running the real flow-templates/click-to-call.flow.json on the call simulator,
/// with a fake clock (Monday 2026-01-05 09:00 UTC), extensions 101 and 102, a tariff with rates for 49 and 1 and campaign c1
/// (<see cref="ClickToCallCampaigns.Campaign"/>). Tests wait on the dispatcher's changes and the simulator's events, never on sleeps.
/// </summary>
internal sealed class DispatchRig : IAsyncDisposable
{
    public const string Client = ClickToCallCampaigns.Client;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly RecordingEventPublisher _events = new();
    private readonly List<string> _dialled = [];

    public DispatchRig()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:ClickToCall:NodeName"] = "node-1",
            ["FlowBuilder:ClickToCall:PollSeconds"] = "5",
        }).Build();
        Calls = new CallHarness(configure: f =>
        {
            var extensions = CallCentreStores.Extensions(new Extension(ClickToCallCampaigns.Company, "101", "Ann", "s"), new Extension(ClickToCallCampaigns.Company, "102", "Bob", "s"));
            f.Services.AddSingleton<IExtensionStore>(extensions);
            f.Services.AddSingleton<IExtensionGroupStore>(CallCentreStores.Groups(extensions));
            f.Services.AddSingleton<IDestinationRates>(Rates);
            f.Services.AddSingleton<ISpendingGuard>(Spending);
            f.Services.AddSingleton<IMeter>(Meter);
            f.Services.AddSingleton<IEventPublisher>(_events);
            f.Services.AddFlowBuilderClickToCall(configuration);
        });
    }

    public CallHarness Calls { get; }
    public FakeDestinationRates Rates { get; } = new("49", "1");
    public FakeSpendingGuard Spending { get; } = new();
    public FakeMeter Meter { get; } = new();
    public FakeTimeProvider Clock => Calls.Clock;
    public CallSimulator Simulator => Calls.Simulator;
    public IServiceProvider Services => Calls.Host.Services;
    public ClickToCallDispatcher Dispatcher => Services.GetRequiredService<ClickToCallDispatcher>();
    public IClickToCallRequests Intake => Services.GetRequiredService<IClickToCallRequests>();
    public ICallbackRequestStore Requests => Services.GetRequiredService<ICallbackRequestStore>();
    public IClickToCallCampaignStore Campaigns => Services.GetRequiredService<IClickToCallCampaignStore>();

    /// <summary>The numbers dialled so far, in order (101 for extension 101).</summary>
    public IReadOnlyList<string> Dialled
    {
        get
        {
            lock (_dialled) return _dialled.ToList();
        }
    }

    public IReadOnlyList<PlatformEvent> Events => _events.Events;

    /// <summary>Publishes the template, saves the company with its tariff and the campaign, and starts the dispatcher.</summary>
    public async Task StartAsync(ClickToCallCampaign? campaign = null, bool startDispatcher = true)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "flow-templates", "click-to-call.flow.json"))) folder = folder.Parent;
        var file = Path.Combine(folder?.FullName ?? throw new InvalidOperationException("flow-templates/ not found above the test's folder."), "flow-templates", "click-to-call.flow.json");
        await Calls.PublishAsync(FlowJson.Parse(await File.ReadAllTextAsync(file)));
        await Services.GetRequiredService<ICompanyStore>().SaveAsync(new CompanyProfile(ClickToCallCampaigns.Company, "Acme", null, "t1"), CancellationToken.None);
        await Campaigns.AddAsync(campaign ?? ClickToCallCampaigns.Campaign(), CancellationToken.None);
        Simulator.Event += e =>
        {
            if (e.Kind != SimulatedCallEventKind.Dialling) return;
            lock (_dialled) _dialled.Add(e.Text!);
        };
        if (startDispatcher) await Dispatcher.StartAsync(CancellationToken.None);
    }

    public async Task<CallbackRequest> SubmitAsync(string phone = Client)
    {
        var result = await Intake.SubmitAsync(new CallbackSubmission("key-c1", phone, true, "203.0.113.7"), CancellationToken.None);
        result.Accepted.ShouldBeTrue(result.Message);
        return result.Request!;
    }

    public async Task<CallbackRequest> RequestAsync(string id) => (await Requests.GetAsync(ClickToCallCampaigns.Company, id, CancellationToken.None))!;

    public async Task<IReadOnlyList<CallbackLeg>> LegsAsync(string id) => await Requests.ListLegsAsync([id], CancellationToken.None);

    /// <summary>Waits until the request satisfies <paramref name="condition"/> and the dispatcher has no attempt in flight for it to finish.</summary>
    public Task<CallbackRequest> UntilAsync(string id, Func<CallbackRequest, bool> condition, string what) =>
        ChangeWait.UntilAsync(
            signal =>
            {
                Dispatcher.Changed += signal;
                return () => Dispatcher.Changed -= signal;
            },
            () => RequestAsync(id), condition, Patience,
            request => $"Timed out waiting until {what}; the request is {request.Status}, {request.Attempts} attempts, reason {request.Reason}.");

    /// <summary>The id of the <paramref name="nth"/> leg dialled to <paramref name="number"/>.</summary>
    public async Task<string> DialledAsync(string number, int nth = 1)
    {
        var seen = 0;
        return (await Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == number && ++seen == nth).WaitAsync(Patience)).CallId;
    }

    /// <summary>The leg <paramref name="callId"/> was bridged to.</summary>
    public async Task<string> BridgedToAsync(string callId) =>
        (await Simulator.WaitForAsync(callId, SimulatedCallEventKind.Bridged).WaitAsync(Patience)).Text!;

    public async ValueTask DisposeAsync()
    {
        await Dispatcher.StopAsync(CancellationToken.None);
        await Calls.DisposeAsync();
    }
}
