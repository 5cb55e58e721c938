using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Calls.Simulator;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Operators;
using FlowBuilder.Testing.CallCentre;
using Microsoft.Extensions.DependencyInjection;
using static FlowBuilder.Testing.FlowFactory;

namespace FlowBuilder.Campaigns.Tests.Operators;

/// <summary>A campaign with operators 101–103 on the call simulator and a fake clock: the operator desk and connector as the product
/// registers them (AddCampaignOperators), over in-memory fakes of the stores and the dialer.</summary>
internal sealed class OperatorRig : IAsyncDisposable
{
    public const string Company = CallHarness.Company;
    public const string CampaignId = "spring-sale";
    public const string Number = "+18005550100";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private int _attempts;

    public OperatorRig(CampaignMode mode, int wrapUpSeconds = 30, int maxWaitSeconds = 2)
    {
        var clock = new FakeTimeProvider();
        Watch = new TimerWatch(clock);
        Preview = new FakePreviewDialing(Store, Live, clock);
        Campaign = new Campaign(CampaignId, Company, "Spring sale", "operator-flow", 1, ["g1"], mode, CallingSchedule.Default, 10, null,
            RetryPolicy.Default, ["101", "102", "103"], CampaignStatus.Active) { WrapUpSeconds = wrapUpSeconds };
        Store.AddAsync(Campaign, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        MaxWaitSeconds = maxWaitSeconds;
        Calls = new CallHarness(configure: f =>
        {
            var extensions = CallCentreStores.Extensions(
                new Extension(Company, "101", "Ann", "s"), new Extension(Company, "102", "Bob", "s"), new Extension(Company, "103", "Cy", "s"));
            f.Services.AddSingleton<IExtensionStore>(extensions);
            f.Services.AddSingleton<IExtensionGroupStore>(CallCentreStores.Groups(extensions));
            f.Services.AddSingleton<ICampaignStore>(Store);
            f.Services.AddSingleton<IContactStore>(Contacts);
            f.Services.AddSingleton<IDoNotCallList>(DoNotCall);
            f.Services.AddSingleton<IPreviewDialing>(Preview);
            f.Services.AddSingleton<ILiveAttempts>(Live);
            f.Services.AddSingleton<IExtensionPresence>(Presence);
            // The connector on the watched clock, so a test knows when it waits for an operator.
            f.Services.AddSingleton<IOperatorConnector>(sp => new OperatorConnector(
                Live, sp.GetRequiredService<OperatorDesk>(), sp.GetRequiredService<OperatorCards>(), sp.GetRequiredService<CallConnector>(), Store, Watch,
                sp.GetRequiredService<PlacedCalls>()));
            f.Services.AddCampaignOperators();
        }, clock: clock);
    }

    public CallHarness Calls { get; }
    public FakeTimeProvider Clock => Calls.Clock;
    public TimerWatch Watch { get; }
    public Campaign Campaign { get; }
    public int MaxWaitSeconds { get; }
    public FakeCampaignStore Store { get; } = new();
    public FakeContactStore Contacts { get; } = new();
    public FakeDoNotCallList DoNotCall { get; } = new();
    public FakeLiveAttempts Live { get; } = new();
    public FakePresence Presence { get; } = new();
    public FakePreviewDialing Preview { get; }
    public OperatorDesk Desk => Calls.Host.Services.GetRequiredService<OperatorDesk>();
    public IOperatorDesk Operators => Calls.Host.Services.GetRequiredService<IOperatorDesk>();
    public IOperatorPool Pool => Calls.Host.Services.GetRequiredService<IOperatorPool>();

    /// <summary>A contact of the campaign's group, waiting in its queue.</summary>
    public CampaignContact AddContact(string contactId, string phone, string name)
    {
        Contacts.Put(new Contact(contactId, Company, "g1", phone, name, null, null, new Dictionary<string, object?> { ["plan"] = "gold" }));
        var entry = new CampaignContact(CampaignId, contactId, phone, "UTC", CampaignContactState.Waiting, 0, null);
        Store.Put(entry);
        return entry;
    }

    /// <summary>An attempt the dialer began for the contact (progressive: with the operator it reserved).</summary>
    public LiveAttempt BeginAttempt(CampaignContact contact, string? reservedOperator = null)
    {
        var attempt = new CampaignAttempt($"a{Interlocked.Increment(ref _attempts)}", CampaignId, contact.ContactId, 1, contact.Phone, Clock.GetUtcNow());
        Store.Put(attempt);
        return new LiveAttempt(Campaign, attempt) { ReservedOperator = reservedOperator };
    }

    /// <summary>Publishes the campaign's flow: Connect to operator, then an end whose result names the outcome.</summary>
    public Task PublishFlowAsync(bool recordCall = false) => Calls.PublishAsync(Flow("operator-flow",
        [
            Node("in", "telephony.incoming-call", new { number = Number }),
            Node("op", "campaign.connect-operator", new { maxWaitSeconds = MaxWaitSeconds, recordCall }),
            Node("connected", "control.end", new { result = "js: 'connected ' + outputs.op.operator + ' ' + outputs.op.talkSeconds + (outputs.op.recordingId ? ' recorded' : '')" }),
            Node("abandoned", "control.end", new { result = "no-operator" }),
            Node("gone", "control.end", new { result = "hung-up" }),
            Node("failed", "control.end", new { result = "js: 'failed: ' + outputs.op.error" }),
        ],
        [
            Edge("in", "done", "op"), Edge("op", "connected", "connected"), Edge("op", "no-operator", "abandoned"),
            Edge("op", "hangup", "gone"), Edge("op", "failed", "failed"),
        ]));

    /// <summary>The answered contact's call: the flow runs on it with <paramref name="live"/> as its attempt.</summary>
    public async Task<(CallInfo Call, string InstanceId)> ContactAnswersAsync(LiveAttempt? live, string from = "+15550002001")
    {
        if (live is not null) Live.Expect(live);
        var (call, result) = await Calls.CallAsync(Number, from);
        return (call, result.InstanceId ?? throw new InvalidOperationException("The call started no flow: " + result));
    }

    /// <summary>The operator's leg once it is bridged with the contact's call.</summary>
    public async Task<string> OperatorLegAsync(string contactCallId, int nth = 1)
    {
        var seen = 0;
        return (await Calls.Simulator.WaitUntilAsync(e => e.CallId == contactCallId && e.Kind == SimulatedCallEventKind.Bridged && ++seen == nth).WaitAsync(Patience)).Text!;
    }

    public async Task<object?> ResultAsync(string instanceId) => (await Calls.FinishedAsync(instanceId)).Result;

    /// <summary>The operator's view once it matches <paramref name="predicate"/> (now or after a later change).</summary>
    public async Task<OperatorView> ViewAsync(string extension, Func<OperatorView, bool> predicate)
    {
        var seen = new TaskCompletionSource<OperatorView>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(OperatorView view)
        {
            if (view.Extension == extension && predicate(view)) seen.TrySetResult(view);
        }
        Desk.Changed += OnChanged;
        try
        {
            if (Desk.Get(extension) is { } now && predicate(now)) return now;
            return await seen.Task.WaitAsync(Patience);
        }
        finally
        {
            Desk.Changed -= OnChanged;
        }
    }

    public async Task<OperatorView> LoginAsync(string extension)
    {
        var result = await Operators.LoginAsync(Company, CampaignId, extension, CancellationToken.None);
        result.Succeeded.ShouldBeTrue(result.Error);
        return result.View!;
    }

    public ValueTask DisposeAsync() => Calls.DisposeAsync();
}
