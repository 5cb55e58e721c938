using System.Security.Cryptography;
using FlowBuilder.Campaigns.ClickToCall.Dispatch;
using FlowBuilder.Campaigns.ClickToCall.Hosting;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.ClickToCall.Intake;

/// <summary>The intake of click-to-call requests: checks in the order <see cref="IClickToCallRequests.SubmitAsync"/> documents,
/// stores the accepted ones and wakes the dispatcher.</summary>
internal sealed class ClickToCallRequests : IClickToCallRequests
{
    /// <summary>How far back the duplicate check looks for a Waiting or Calling request of the same number.</summary>
    public static readonly TimeSpan DuplicateLookBack = TimeSpan.FromDays(90);

    private readonly IClickToCallCampaignStore _campaigns;
    private readonly ICallbackRequestStore _requests;
    private readonly ICompanyStore _companies;
    private readonly IDoNotCallList _doNotCall;
    private readonly ICallerListStore? _callers;
    private readonly IDestinationRates? _rates;
    private readonly ClickToCallSignal _signal;
    private readonly IEventPublisher _events;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SlidingWindowLimiter _perNumber;
    private readonly SlidingWindowLimiter _perAddress;

    public ClickToCallRequests(
        IClickToCallCampaignStore campaigns,
        ICallbackRequestStore requests,
        ICompanyStore companies,
        IDoNotCallList doNotCall,
        ICallerListStore? callers,
        IDestinationRates? rates,
        ClickToCallSignal signal,
        IEventPublisher events,
        TimeProvider time,
        IOptions<ClickToCallOptions> options,
        ILogger<ClickToCallRequests> logger)
    {
        _campaigns = campaigns;
        _requests = requests;
        _companies = companies;
        _doNotCall = doNotCall;
        _callers = callers;
        _rates = rates;
        _signal = signal;
        _events = events;
        _time = time;
        _logger = logger;
        var settings = options.Value;
        _perNumber = new SlidingWindowLimiter(settings.PerNumberLimit, TimeSpan.FromMinutes(Math.Max(1, settings.PerNumberWindowMinutes)));
        _perAddress = new SlidingWindowLimiter(settings.PerAddressLimit, TimeSpan.FromMinutes(Math.Max(1, settings.PerAddressWindowMinutes)));
    }

    public async ValueTask<CallbackIntakeResult> SubmitAsync(CallbackSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var campaign = string.IsNullOrWhiteSpace(submission.CampaignKey) ? null
            : await _campaigns.FindByKeyAsync(submission.CampaignKey.Trim(), cancellationToken).ConfigureAwait(false);
        if (campaign is null || campaign.Status == ClickToCallStatus.Archived)
            return CallbackIntakeResult.Refuse(CallbackRefusals.UnknownCampaign,
                "No click-to-call campaign has this key: check the data-campaign attribute of the widget (the key may have been rotated).");
        if (campaign.Status == ClickToCallStatus.Paused)
            return CallbackIntakeResult.Refuse(CallbackRefusals.CampaignPaused, $"Campaign '{campaign.Name}' is paused and takes no requests now.");
        if (!OriginAllowed(campaign, submission.Origin))
            return CallbackIntakeResult.Refuse(CallbackRefusals.OriginNotAllowed,
                $"Pages of {submission.Origin} may not post requests to this campaign: add the origin to the campaign's allowed origins.");
        if (!submission.Consent)
            return CallbackIntakeResult.Refuse(CallbackRefusals.ConsentRequired, "Tick the consent box to be called back.", "consent");

        var now = _time.GetUtcNow();
        // The number is counted as written and as read (0151 234… and +49151 234… are one number); refusing a bad one comes after.
        var readable = ContactPhones.TryNormalize(submission.Phone, campaign.DefaultCountry, out var phone, out var error);
        var numberKey = campaign.CompanyId + "|" + (readable ? phone.E164 : new string((submission.Phone ?? "").Where(char.IsAsciiDigit).ToArray()));
        var addressKey = campaign.CompanyId + "|" + (submission.SourceAddress ?? "").Trim();
        var wait = Longest(_perNumber.RetryAfter(numberKey, now), _perAddress.RetryAfter(addressKey, now));
        if (wait is { } retryAfter)
        {
            _logger.LogWarning("Click-to-call campaign {CampaignId}: request from {Address} refused by the rate limit", campaign.Id, submission.SourceAddress);
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            return CallbackIntakeResult.Refuse(CallbackRefusals.RateLimited,
                $"Too many requests from this number or address: try again in {Describe(seconds)}.", retryAfter: TimeSpan.FromSeconds(seconds));
        }
        _perNumber.Record(numberKey, now);
        _perAddress.Record(addressKey, now);

        if (!readable)
            return CallbackIntakeResult.Refuse(CallbackRefusals.InvalidNumber, Capitalize(error!) + ".", "phone");
        if (await _doNotCall.ContainsAsync(campaign.CompanyId, phone.E164, cancellationToken).ConfigureAwait(false)
            || (_callers is not null && await _callers.FindAsync(campaign.CompanyId, phone.E164, cancellationToken).ConfigureAwait(false) is { Kind: CallerListKind.Blocked }))
            return CallbackIntakeResult.Refuse(CallbackRefusals.DoNotCall, $"{phone.E164} asked not to be called: it is on the company's do-not-call list.", "phone");

        var direction = PhoneDirections.Describe(phone.E164);
        var company = await _companies.GetAsync(campaign.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company.TariffId is null || _rates is null)
            return CallbackIntakeResult.Refuse(CallbackRefusals.NoTariff,
                "The company has no tariff, so no destination can be called: choose a tariff in the company settings.");
        var rate = await _rates.FindAsync(campaign.CompanyId, phone.E164, cancellationToken).ConfigureAwait(false);
        if (rate is null)
            return CallbackIntakeResult.Refuse(CallbackRefusals.DestinationNotAllowed,
                $"Calls to {phone.E164} ({direction.CountryName}) are not available for this campaign: the company's tariff has no rate for it.", "phone");

        var earlier = await _requests.ListByPhoneAsync(campaign.CompanyId, phone.E164, now - DuplicateLookBack, cancellationToken).ConfigureAwait(false);
        if (earlier.FirstOrDefault(r => r.Status is CallbackRequestStatus.Waiting or CallbackRequestStatus.Calling) is { } pending)
            return CallbackIntakeResult.Refuse(CallbackRefusals.DuplicateRequest,
                $"{phone.E164} already asked to be called back (request {pending.Id}); we will call shortly.", "phone", existing: pending);

        var due = ClickToCallHours.DueAt(campaign, now);
        var request = new CallbackRequest(NewId(), campaign.CompanyId, campaign.Id, phone.E164, CallbackRequestStatus.Waiting, 0, now, due,
            new CallbackConsent(campaign.ConsentText, now, submission.SourceAddress ?? "", submission.PageUrl, submission.UserAgent), direction)
        {
            FirstLeg = campaign.FirstLeg,
            Source = "banner",
            Destination = rate.Rate.Destination,
            RemindAt = campaign.ReminderAfter is { } after ? now + after : null,
            UpdatedAt = now,
        };
        await _requests.AddAsync(request, cancellationToken).ConfigureAwait(false);
        await _events.PublishQuietlyAsync(ClickToCallEvents.Changed(request, request.Status, now), _logger).ConfigureAwait(false);
        _signal.Raise();
        return CallbackIntakeResult.Accept(request, due);
    }

    public async ValueTask<CallbackRequest> CallBackAsync(string companyId, string requestId, string? operatorTarget, CancellationToken cancellationToken)
    {
        var request = await _requests.GetAsync(companyId, requestId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Callback request '{requestId}' does not exist.");
        if (request.Status is not (CallbackRequestStatus.FailedCallingClient or CallbackRequestStatus.FailedCallingCompany))
            throw new InvalidOperationException(
                $"Request {requestId} is {ClickToCallEvents.StatusName(request.Status)}: only failed requests can be called back.");
        var now = _time.GetUtcNow();
        var target = string.IsNullOrWhiteSpace(operatorTarget) ? null : operatorTarget.Trim();
        if (!await _requests.RequeueForCallbackAsync(companyId, requestId, target, now, cancellationToken).ConfigureAwait(false))
            throw new InvalidOperationException($"Request {requestId} changed meanwhile and is no longer failed: reload it.");
        var queued = await _requests.GetAsync(companyId, requestId, cancellationToken).ConfigureAwait(false) ?? request;
        await _events.PublishQuietlyAsync(ClickToCallEvents.Changed(queued, queued.Status, now), _logger).ConfigureAwait(false);
        _signal.Raise();
        return queued;
    }

    private static bool OriginAllowed(ClickToCallCampaign campaign, string? origin)
    {
        if (campaign.AllowedOrigins.Count == 0 || string.IsNullOrWhiteSpace(origin)) return true;
        var given = origin.Trim().TrimEnd('/');
        return campaign.AllowedOrigins.Any(o => string.Equals(o.Trim().TrimEnd('/'), given, StringComparison.OrdinalIgnoreCase));
    }

    private static TimeSpan? Longest(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static string Describe(int seconds) => seconds >= 120 ? $"{(seconds + 59) / 60} minutes" : $"{seconds} seconds";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string NewId()
    {
        Span<byte> bytes = stackalloc byte[12];
        RandomNumberGenerator.Fill(bytes);
        return "cb_" + Convert.ToHexStringLower(bytes);
    }
}
