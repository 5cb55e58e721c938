using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Campaigns.ClickToCall.Hosting;
using FlowBuilder.Campaigns.ClickToCall.Intake;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.Tests.ClickToCall;

/// <summary>The intake over the in-memory stores, a fake clock (Monday 2026-01-05 09:00 UTC) and a tariff with rates for
/// Germany (49) and the US (1); campaign c1 (key key-c1) is added, the company has tariff t1.</summary>
internal sealed class IntakeRig
{
    private readonly RecordingEventPublisher _events = new();
    private int _wakes;

    public IntakeRig(ClickToCallOptions? options = null, bool withRates = true, bool withTariff = true)
    {
        Campaigns = new InMemoryClickToCallCampaignStore();
        Requests = new InMemoryCallbackRequestStore(Campaigns);
        DoNotCall = new InMemoryDoNotCallList(Clock);
        Companies.SaveAsync(new CompanyProfile(ClickToCallCampaigns.Company, "Acme", "ops@acme.test", withTariff ? "t1" : null), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Signal.Raised += () => Interlocked.Increment(ref _wakes);
        Intake = new ClickToCallRequests(Campaigns, Requests, Companies, DoNotCall, Callers, withRates ? new FakeDestinationRates("49", "1") : null, Signal,
            _events, Clock, Options.Create(options ?? new ClickToCallOptions()), NullLogger<ClickToCallRequests>.Instance);
        Campaigns.AddAsync(ClickToCallCampaigns.Campaign(), CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    public FakeTimeProvider Clock { get; } = new();
    public InMemoryClickToCallCampaignStore Campaigns { get; }
    public InMemoryCallbackRequestStore Requests { get; }
    public InMemoryCompanyStore Companies { get; } = new();
    public InMemoryDoNotCallList DoNotCall { get; }
    public InMemoryCallerListStore Callers { get; } = new();
    public ClickToCallSignal Signal { get; } = new();
    public ClickToCallRequests Intake { get; }
    public int Wakes => Volatile.Read(ref _wakes);

    public IReadOnlyList<PlatformEvent> Events => _events.Events;

    public static CallbackSubmission Submission(string phone = "+4915123456789", bool consent = true, string address = "203.0.113.7", string key = "key-c1", string? origin = null) =>
        new(key, phone, consent, address, "https://shop.example.com/product/1", "Mozilla/5.0 (test)", origin);

    public Task<CallbackIntakeResult> SubmitAsync(CallbackSubmission submission) => Intake.SubmitAsync(submission, CancellationToken.None).AsTask();

    public async Task ChangeCampaignAsync(Func<ClickToCallCampaign, ClickToCallCampaign> change)
    {
        var campaign = await Campaigns.GetAsync(ClickToCallCampaigns.Company, "c1", CancellationToken.None);
        (await Campaigns.UpdateAsync(change(campaign!), CancellationToken.None)).ShouldBeTrue();
    }
}
