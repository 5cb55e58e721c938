using FlowBuilder.Billing.Invoices;
using FlowBuilder.Campaigns.ClickToCall.Comments;
using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.Tests.ClickToCall.Reports;

/// <summary>The in-memory stores filled directly, a fake clock, and the reports and comments services over them.</summary>
internal sealed class ReportsHarness
{
    public const string Company = "default";
    public static readonly DateTimeOffset Start = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly PhoneDirection Germany = new("DE", "Germany", null, "Vodafone", true);
    private int _nextId;

    public ReportsHarness(InvoiceSellerOptions? seller = null)
    {
        Requests = new InMemoryCallbackRequestStore(Campaigns);
        Reports = new ClickToCallReports(Requests, Campaigns, Companies, Time, Options.Create(seller ?? new InvoiceSellerOptions()));
        Comments = new CallbackComments(Requests, Campaigns, Time);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public InMemoryClickToCallCampaignStore Campaigns { get; } = new();

    public InMemoryCallbackRequestStore Requests { get; }

    public InMemoryCompanyStore Companies { get; } = new();

    public ClickToCallReports Reports { get; }

    public CallbackComments Comments { get; }

    public async Task<ClickToCallCampaign> AddCampaignAsync(string id, string name, decimal price = 0.50m, string currency = "EUR", Func<ClickToCallCampaign, ClickToCallCampaign>? change = null)
    {
        var campaign = new ClickToCallCampaign(
            id, Company, name, "key-" + id.PadRight(20, 'x'), "click-to-call", FirstLeg.Client, ["ext:101"],
            WaitingMessage.ForClient, WaitingMessage.ForCompany, new RetryRule(3, TimeSpan.FromMinutes(5)), TimeSpan.FromMinutes(15),
            CallingSchedule.Default, price, currency, ClickToCallStatus.Active);
        campaign = change?.Invoke(campaign) ?? campaign;
        await Campaigns.AddAsync(campaign, CancellationToken.None);
        return campaign;
    }

    /// <summary>Stores a request as given (status and all), created <paramref name="createdAt"/>.</summary>
    public async Task<CallbackRequest> AddRequestAsync(
        string campaignId, CallbackRequestStatus status, DateTimeOffset createdAt, Func<CallbackRequest, CallbackRequest>? change = null,
        string phone = "+4915112345678", PhoneDirection? direction = null, string company = Company)
    {
        var request = new CallbackRequest(
            $"r{++_nextId:D5}", company, campaignId, phone, status, status == CallbackRequestStatus.Waiting ? 0 : 1, createdAt, createdAt,
            new CallbackConsent("I agree.", createdAt, "203.0.113.7"), direction ?? Germany) { UpdatedAt = createdAt };
        request = change?.Invoke(request) ?? request;
        await Requests.AddAsync(request, CancellationToken.None);
        return request;
    }

    /// <summary>A request completed <paramref name="waited"/> after it was made, at <paramref name="price"/>.</summary>
    public Task<CallbackRequest> AddCompletedAsync(
        string campaignId, DateTimeOffset createdAt, TimeSpan waited, double talkSeconds = 60, decimal? price = 0.50m, string? currency = "EUR") =>
        AddRequestAsync(campaignId, CallbackRequestStatus.Completed, createdAt, r => r with
        {
            CompletedAt = createdAt + waited,
            TalkSeconds = talkSeconds,
            Price = price,
            Currency = currency,
        });
}
