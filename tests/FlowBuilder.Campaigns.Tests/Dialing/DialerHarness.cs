using FlowBuilder.Engine.Campaigns.Operators;
using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Campaigns.Hosting;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Events;
using FlowBuilder.Testing.Billing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Testing.FlowFactory;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>
/// The dialer over the call simulator, the engine with the built-in activities and a fake clock (Monday 2026-01-05 09:00 UTC
/// unless given): a published flow <see cref="FlowId"/> that greets the contact and ends with <c>converted</c> for contacts whose
/// field <c>plan</c> is <c>gold</c> (else <c>informed</c>), and an operator flow <see cref="OperatorFlowId"/> that takes an
/// operator of <see cref="Pool"/>. Tests wait on the dialer's changes, never on sleeps.
/// </summary>
internal sealed class DialerHarness : IAsyncDisposable
{
    public const string FlowId = "campaign-flow";
    public const string OperatorFlowId = "operator-flow";
    public const string Company = CallHarness.Company;
    public const string Group = "g1";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly RecordingEventPublisher _events = new();
    private readonly HashSet<string> _ringing = new(StringComparer.Ordinal);

    public DialerHarness(
        FakeTimeProvider? clock = null, int companyLimit = 30, FakeContactStore? contacts = null, ICampaignStore? store = null,
        string node = "node-1", int operators = 2)
    {
        Contacts = contacts ?? new FakeContactStore();
        Pool = new FakeOperatorPool(operators);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FlowBuilder:Campaigns:MaxConcurrentCalls"] = companyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FlowBuilder:Campaigns:NodeName"] = node,
            ["FlowBuilder:Campaigns:PollSeconds"] = "60",
        }).Build();
        Calls = new CallHarness(clock: clock, configure: f =>
        {
            f.Services.AddSingleton<IContactStore>(Contacts);
            f.Services.AddSingleton<IDoNotCallList>(DoNotCall);
            f.Services.AddSingleton(Pool);
            f.Services.AddSingleton<IOperatorPool>(Pool);
            f.Services.AddSingleton<IOperatorConnector>(sp => new FakeOperatorConnector(sp.GetRequiredService<ILiveAttempts>(), Pool));
            f.Services.AddSingleton<IEventPublisher>(_events);
            f.Services.AddSingleton<ISpendingGuard>(Spending);
            f.Services.AddSingleton<ICampaignStore>(sp => new WatchedCampaignStore(store ?? new InMemoryCampaignStore(Contacts)));
            f.Services.AddFlowBuilderCampaigns(configuration);
        });
    }

    public CallHarness Calls { get; }
    public FakeContactStore Contacts { get; }
    public FakeDoNotCallList DoNotCall { get; } = new();
    public FakeSpendingGuard Spending { get; } = new();
    public FakeOperatorPool Pool { get; }
    public FakeTimeProvider Clock => Calls.Clock;
    public CallSimulator Simulator => Calls.Simulator;
    public IServiceProvider Services => Calls.Host.Services;
    public WatchedCampaignStore Store => (WatchedCampaignStore)Services.GetRequiredService<ICampaignStore>();
    public ICampaignControl Control => Services.GetRequiredService<ICampaignControl>();
    public CampaignDialer Dialer => Services.GetRequiredService<CampaignDialer>();
    public ICallerListStore Callers => Services.GetRequiredService<ICallerListStore>();

    public IReadOnlyList<PlatformEvent> Events => _events.Events;

    /// <summary>Publishes the two flows and starts the dialer (it recovers what the store holds first).</summary>
    public async Task StartAsync()
    {
        await Calls.PublishAsync(Flow(FlowId,
            [
                Node("greet", "telephony.say", new { text = "Hello {{input.contact.name}}, call {{input.campaign.attempt}}" }),
                Node("end", "control.end", new { result = "js: input.contact.fields.plan == 'gold' ? 'converted' : 'informed'" }),
            ],
            [Edge("greet", "done", "end")]));
        await Calls.PublishAsync(Flow(OperatorFlowId,
            [
                Node("operator", "campaign.connect-operator"),
                Node("talked", "control.end", new { result = "talked" }),
                Node("dropped", "control.end", new { result = "dropped" }),
            ],
            [Edge("operator", "connected", "talked"), Edge("operator", "no-operator", "dropped")]));
        Simulator.Event += e =>
        {
            lock (_ringing)
            {
                if (e.Kind == SimulatedCallEventKind.Dialling) _ringing.Add(e.CallId);
                else if (e.Kind is SimulatedCallEventKind.Answered or SimulatedCallEventKind.HungUp) _ringing.Remove(e.CallId);
            }
        };
        await Dialer.StartAsync(CancellationToken.None);
    }

    /// <summary>Outbound calls ringing now (dialled, neither answered nor ended).</summary>
    public int Ringing
    {
        get
        {
            lock (_ringing) return _ringing.Count;
        }
    }

    /// <summary>Waits until the campaigns' loops wait with no wake pending and every call in flight is ringing (waiting for the
    /// fake clock): nothing more happens until the clock moves.</summary>
    public Task SettledAsync(params string[] campaignIds) => UntilAsync(
        () => Task.FromResult(campaignIds.All(Dialer.IsWaiting) && Ringing == Store.InFlight),
        $"campaigns {string.Join(", ", campaignIds)} settle");

    /// <summary>All day every day in UTC (so only the test's own schedule limits calling).</summary>
    public static CallingSchedule AllDay { get; } = new(null, null, TimeOnly.MinValue, TimeOnly.MinValue, Enum.GetValues<DayOfWeek>(), "UTC");

    /// <summary>Busy 3 attempts 10 min apart; no answer 2, 30 min; failed 2, 5 min; abandoned 2, 1 h.</summary>
    public static RetryPolicy Retry { get; } = new(
        new RetryRule(3, TimeSpan.FromMinutes(10)), new RetryRule(2, TimeSpan.FromMinutes(30)),
        new RetryRule(2, TimeSpan.FromMinutes(5)), new RetryRule(2, TimeSpan.FromHours(1)));

    public async Task<Campaign> AddCampaignAsync(
        string id, CampaignMode mode = CampaignMode.AutoInformer, int maxConcurrentCalls = 5, CallingSchedule? schedule = null, string? flowId = null)
    {
        var campaign = new Campaign(id, Company, "Campaign " + id, flowId ?? (mode == CampaignMode.AutoInformer ? FlowId : OperatorFlowId), null, [Group], mode,
            schedule ?? AllDay, maxConcurrentCalls, "+15550000000", Retry, mode == CampaignMode.AutoInformer ? [] : ["101", "102"], CampaignStatus.Draft)
        {
            Channel = CallSimulator.ChannelName,
            CreatedAt = Clock.GetUtcNow(),
        };
        await Store.AddAsync(campaign, CancellationToken.None);
        return campaign;
    }

    public async Task<Campaign> StartCampaignAsync(string id)
    {
        var started = await Control.StartAsync(Company, id, CancellationToken.None);
        started.Error.ShouldBeNull();
        return started.Campaign!;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking each time the dialer reports a change.</summary>
    public Task UntilAsync(Func<Task<bool>> condition, string what) =>
        ChangeWait.UntilAsync(
            signal =>
            {
                void OnChanged(string _) => signal();
                Dialer.Changed += OnChanged;
                return () => Dialer.Changed -= OnChanged;
            },
            condition, holds => holds, Patience, _ => $"Timed out waiting until {what}.");

    /// <summary>Waits until the campaign's loop has nothing to do now (no wake pending, no call in progress).</summary>
    public Task IdleAsync(string campaignId) => UntilAsync(() => Task.FromResult(Dialer.IsIdle(campaignId)), $"campaign {campaignId} is idle");

    /// <summary>Moves the clock and waits until the campaign is idle again.</summary>
    public async Task AdvanceAsync(string campaignId, TimeSpan by)
    {
        Clock.Advance(by);
        await IdleAsync(campaignId);
    }

    public async Task<Campaign> CampaignAsync(string id) => (await Store.GetAsync(Company, id, CancellationToken.None))!;

    public Task<CampaignCounts> CountsAsync(string id) => Store.CountAsync(id, CancellationToken.None).AsTask();

    public async Task<IReadOnlyList<CampaignContact>> QueueAsync(string id) => await Store.ListContactsAsync(new CampaignContactQuery(id, Limit: 10_000), CancellationToken.None);

    public async Task<IReadOnlyList<CampaignAttempt>> AttemptsAsync(string id, string? contactId = null) =>
        await Store.ListAttemptsAsync(new AttemptQuery(id, contactId, Limit: 10_000), CancellationToken.None);

    public async Task<CampaignContact> EntryAsync(string id, string phone) => (await QueueAsync(id)).Single(c => c.Phone == phone);

    public async ValueTask DisposeAsync()
    {
        await Dialer.StopAsync(CancellationToken.None);
        await Calls.DisposeAsync();
    }
}
