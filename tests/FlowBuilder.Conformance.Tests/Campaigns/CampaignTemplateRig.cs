using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Campaigns.Hosting;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Operators;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Events;
using FlowBuilder.Testing;
using FlowBuilder.Testing.CallCentre;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FlowBuilder.Conformance.Tests.Campaigns;

/// <summary>
/// The real dialer (AddFlowBuilderCampaigns, with its operator desk and connector) over the in-memory stores, the call simulator
/// and a fake clock (Monday 2026-01-05 09:00 UTC): publish a template from flow-templates/, add contacts, start a campaign, drive
/// the calls. Operators 101 and 102 exist as extensions. Waits on the campaign's completion event, never on sleeps.
/// </summary>
internal sealed class CampaignTemplateRig : IAsyncDisposable
{
    public const string Company = CallHarness.Company;
    public const string GroupId = "customers";
    public const string CampaignId = "campaign";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "flow-templates");
    private readonly CompletionEvents _events = new();
    private readonly InMemoryContactStore _contacts = new();
    private readonly List<Contact> _added = [];
    private IHostedService[] _hosted = [];

    public CampaignTemplateRig()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:Campaigns:PollSeconds"] = "60",
        }).Build();
        var clock = new FakeTimeProvider();
        Watch = new TimerWatch(clock);
        Calls = new CallHarness(clock: clock, configure: f =>
        {
            var extensions = CallCentreStores.Extensions(new Extension(Company, "101", "Ann", "s3cret"), new Extension(Company, "102", "Bob", "s3cret"));
            f.Services.AddSingleton<TimeProvider>(Watch);
            f.Services.AddSingleton<IExtensionStore>(extensions);
            f.Services.AddSingleton<IExtensionGroupStore>(CallCentreStores.Groups(extensions));
            f.Services.AddSingleton<IContactStore>(_contacts);
            f.Services.AddSingleton<IDoNotCallList>(DoNotCall);
            f.Services.AddSingleton<IEventPublisher>(_events);
            f.Services.AddFlowBuilderCampaigns(configuration);
        });
    }

    public CallHarness Calls { get; }
    public TimerWatch Watch { get; }
    public FakeTimeProvider Clock => Calls.Clock;
    public CallSimulator Simulator => Calls.Simulator;
    public InMemoryDoNotCallList DoNotCall { get; } = new();
    public ICampaignStore Store => Calls.Host.Services.GetRequiredService<ICampaignStore>();
    public IOperatorDesk Desk => Calls.Host.Services.GetRequiredService<IOperatorDesk>();

    /// <summary>Publishes flow-templates/<paramref name="template"/>.flow.json and returns its id.</summary>
    public async Task<string> PublishTemplateAsync(string template)
    {
        var flow = FlowJson.Parse(await File.ReadAllTextAsync(Path.Combine(Templates, template + ".flow.json")));
        return (await Calls.PublishAsync(flow)).Id;
    }

    public Contact AddContact(string phone, string name, IReadOnlyDictionary<string, object?>? fields = null)
    {
        var contact = new Contact($"c{_added.Count + 1}", Company, GroupId, phone, name, null, null, fields ?? new Dictionary<string, object?>());
        _added.Add(contact);
        return contact;
    }

    /// <summary>Saves the group and its contacts, adds the campaign (all day, every day; no retries), signs its
    /// <paramref name="operators"/> in as Ready, starts the dialer and the campaign.</summary>
    public async Task StartAsync(string flowId, CampaignMode mode, IReadOnlyList<string>? operators = null)
    {
        await _contacts.SaveGroupAsync(new SubscriberGroup(GroupId, Company, "Customers", []), CancellationToken.None);
        await using (var batch = await _contacts.BeginBatchAsync(Company, GroupId, CancellationToken.None))
        {
            foreach (var contact in _added) await batch.AddAsync(contact, CancellationToken.None);
            await batch.CommitAsync(CancellationToken.None);
        }
        var once = new RetryRule(1, TimeSpan.FromHours(1));
        var allDay = new CallingSchedule(null, null, TimeOnly.MinValue, TimeOnly.MinValue, Enum.GetValues<DayOfWeek>(), "UTC");
        await Store.AddAsync(new Campaign(CampaignId, Company, "Template campaign", flowId, null, [GroupId], mode, allDay, 5, "+15550000000",
            new RetryPolicy(once, once, once, once), operators ?? [], CampaignStatus.Draft)
        {
            Channel = CallSimulator.ChannelName,
            CreatedAt = Clock.GetUtcNow(),
        }, CancellationToken.None);
        foreach (var extension in operators ?? [])
        {
            (await Desk.LoginAsync(Company, CampaignId, extension, CancellationToken.None)).Error.ShouldBeNull();
            (await Desk.ReadyAsync(extension, CancellationToken.None)).View!.State.ShouldBe(OperatorState.Ready);
        }
        _hosted = Calls.Host.Services.GetServices<IHostedService>().ToArray();
        foreach (var service in _hosted) await service.StartAsync(CancellationToken.None);
        var started = await Calls.Host.Services.GetRequiredService<ICampaignControl>().StartAsync(Company, CampaignId, CancellationToken.None);
        started.Error.ShouldBeNull();
    }

    /// <summary>The call the dialer placed to <paramref name="phone"/> (its first).</summary>
    public async Task<string> CallToAsync(string phone) =>
        (await Simulator.WaitUntilAsync(e => e.Kind == SimulatedCallEventKind.Dialling && e.Text == phone).WaitAsync(Patience)).CallId;

    /// <summary>Waits until the <paramref name="nth"/> thing said on the call contains <paramref name="text"/>.</summary>
    public Task<SimulatedCallEvent> SaidAsync(string callId, string text, int nth = 1)
    {
        var seen = 0;
        return Simulator.WaitUntilAsync(e => e.CallId == callId && e.Kind == SimulatedCallEventKind.Said && e.Text!.Contains(text, StringComparison.Ordinal) && ++seen == nth)
            .WaitAsync(Patience);
    }

    public Task WaitForDigitReadAsync(string callId) => Simulator.WaitForDigitReadAsync(callId).WaitAsync(Patience);

    public Task HungUpAsync(string callId) => Simulator.WaitForAsync(callId, SimulatedCallEventKind.HungUp).WaitAsync(Patience);

    public IReadOnlyList<string> Said(string callId) =>
        Simulator.Transcript(callId).Where(e => e.Kind == SimulatedCallEventKind.Said).Select(e => e.Text!).ToList();

    /// <summary>Waits until the dialer reports the campaign completed, then returns its attempts.</summary>
    public async Task<IReadOnlyList<CampaignAttempt>> CompletedAsync()
    {
        await _events.Completed.WaitAsync(Patience);
        (await Store.GetAsync(Company, CampaignId, CancellationToken.None))!.Status.ShouldBe(CampaignStatus.Completed);
        return await Store.ListAttemptsAsync(new AttemptQuery(CampaignId, Limit: 100), CancellationToken.None);
    }

    public async Task<CampaignContact> EntryAsync(string phone) =>
        (await Store.ListContactsAsync(new CampaignContactQuery(CampaignId, Limit: 100), CancellationToken.None)).Single(c => c.Phone == phone);

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _hosted.Reverse()) await service.StopAsync(CancellationToken.None);
        await Calls.DisposeAsync();
    }

    /// <summary>Completes <see cref="Completed"/> when the rig's one campaign is reported completed.</summary>
    private sealed class CompletionEvents : IEventPublisher
    {
        private readonly TaskCompletionSource<string> _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Completed => _completed.Task;

        public ValueTask PublishAsync(PlatformEvent platformEvent, CancellationToken cancellationToken = default)
        {
            if (platformEvent.Type == EventTypes.CampaignCompleted) _completed.TrySetResult(platformEvent.Type);
            return ValueTask.CompletedTask;
        }
    }
}
