using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Engine.Email;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Campaigns.ClickToCall.Reminders;

/// <summary>
/// Every <see cref="ClickToCallReminderOptions.ReminderPollSeconds"/> e-mails the company about requests that have waited longer
/// than their campaign's reminder timeout: one e-mail per request, to the campaign's reminder address or else the company's.
/// A request is marked reminded after the mail server accepted its e-mail; a refused e-mail is tried again at the next poll.
/// A request with no address to write to is marked without an e-mail (and a warning logged), so it never holds up the others.
/// The poll interval is counted from the end of a pass. With several nodes, each re-reads a request just before sending and
/// skips it when another node has marked it.
/// </summary>
internal sealed partial class CallbackReminders(
    ICallbackRequestStore requests,
    IClickToCallCampaignStore campaigns,
    ICompanyStore companies,
    TimeProvider time,
    IOptions<ClickToCallReminderOptions> options,
    ILogger<CallbackReminders> logger,
    IEmailSender? email = null) : BackgroundService
{
    internal const int BatchSize = 100;
    private bool _warnedNoMailServer;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.ReminderPollSeconds));
        try
        {
            while (true)
            {
                try
                {
                    await SendDueAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogPollFailed(logger, error, options.Value.ReminderPollSeconds);
                }

                // The wait starts when a pass has finished (one timer armed per pass), so a pass never overlaps the next and a
                // test clock sees the service idle once the poll's timer is armed again.
                await Task.Delay(poll, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Sends the reminders due now; returns how many e-mails the mail server accepted.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (email is not { IsConfigured: true })
        {
            if (!_warnedNoMailServer && (await requests.ListDueRemindersAsync(now, 1, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                _warnedNoMailServer = true;
                LogNoMailServer(logger);
            }
            return 0;
        }
        var due = await requests.ListDueRemindersAsync(now, BatchSize, cancellationToken).ConfigureAwait(false);
        var campaignCache = new Dictionary<(string, string), ClickToCallCampaign?>();
        var companyCache = new Dictionary<string, CompanyProfile>(StringComparer.Ordinal);
        var sent = 0;
        foreach (var request in due)
        {
            if (!campaignCache.TryGetValue((request.CompanyId, request.CampaignId), out var campaign))
                campaignCache[(request.CompanyId, request.CampaignId)] = campaign = await campaigns.GetAsync(request.CompanyId, request.CampaignId, cancellationToken).ConfigureAwait(false);
            if (!companyCache.TryGetValue(request.CompanyId, out var company))
                companyCache[request.CompanyId] = company = await companies.GetAsync(request.CompanyId, cancellationToken).ConfigureAwait(false);
            if (await RemindAsync(email, request, campaign, company, now, cancellationToken).ConfigureAwait(false)) sent++;
        }
        return sent;
    }

    private async Task<bool> RemindAsync(
        IEmailSender sender, CallbackRequest request, ClickToCallCampaign? campaign, CompanyProfile company, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var address = (string.IsNullOrWhiteSpace(campaign?.ReminderEmail) ? company.Email : campaign.ReminderEmail)?.Trim();
        if (campaign is null || string.IsNullOrEmpty(address))
        {
            LogNoAddress(logger, request.Id, campaign?.Name ?? request.CampaignId);
            await requests.MarkRemindedAsync(request.Id, now, cancellationToken).ConfigureAwait(false);
            return false;
        }
        var current = await requests.GetAsync(request.CompanyId, request.Id, cancellationToken).ConfigureAwait(false);
        if (current is null || current.RemindedAt is not null || current.Status is CallbackRequestStatus.Completed or CallbackRequestStatus.Cancelled)
            return false;
        try
        {
            await sender.SendAsync(ReminderEmail.Compose(current, campaign, address, CompanyZone.Find(company.TimeZone), options.Value.PublicBaseUrl), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (EmailNotSentException error)
        {
            LogNotSent(logger, error, request.Id, address);
            return false;
        }
        if (!await requests.MarkRemindedAsync(request.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            LogSentTwice(logger, request.Id);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Click-to-call reminders are due but no mail server is configured (FlowBuilder:Email:Smtp); none are sent")]
    private static partial void LogNoMailServer(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No reminder sent for callback request {RequestId}: campaign {Campaign} has no reminder e-mail and the company no e-mail. Set one on the campaign or the company profile")]
    private static partial void LogNoAddress(ILogger logger, string requestId, string campaign);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder for callback request {RequestId} to {Address} was not sent; it is tried again at the next poll")]
    private static partial void LogNotSent(ILogger logger, Exception error, string requestId, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another node marked the reminder for callback request {RequestId} while this one sent it")]
    private static partial void LogSentTwice(ILogger logger, string requestId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for due click-to-call reminders failed; trying again in {Seconds} s")]
    private static partial void LogPollFailed(ILogger logger, Exception error, int seconds);
}
