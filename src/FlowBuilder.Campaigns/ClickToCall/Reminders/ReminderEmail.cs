using System.Globalization;
using System.Text;
using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Email;
using NodaTime;

namespace FlowBuilder.Campaigns.ClickToCall.Reminders;

/// <summary>The e-mail telling a company that a request has waited longer than its campaign's reminder timeout.</summary>
internal static class ReminderEmail
{
    public static EmailMessage Compose(CallbackRequest request, ClickToCallCampaign campaign, string to, DateTimeZone zone, string? publicBaseUrl)
    {
        var body = new StringBuilder();
        var waited = campaign.ReminderAfter is { } after ? $" longer than {Minutes(after)}" : "";
        body.Append(CultureInfo.InvariantCulture, $"A visitor asked to be called back and has been waiting{waited}.\n\n");
        body.Append(CultureInfo.InvariantCulture, $"Number:     {request.ClientPhone}\n");
        body.Append(CultureInfo.InvariantCulture, $"Direction:  {request.Direction.Label}\n");
        body.Append(CultureInfo.InvariantCulture, $"Campaign:   {campaign.Name}\n");
        body.Append(CultureInfo.InvariantCulture, $"Requested:  {CompanyZone.Local(request.CreatedAt, zone)}\n");
        body.Append(CultureInfo.InvariantCulture, $"Status:     {CallbackStatusText.ForPeople(request.Status)}\n");
        body.Append(CultureInfo.InvariantCulture, $"Attempts:   {request.Attempts}\n");
        if (!string.IsNullOrEmpty(request.Reason)) body.Append(CultureInfo.InvariantCulture, $"Reason:     {request.Reason}\n");
        if (!string.IsNullOrWhiteSpace(publicBaseUrl))
            body.Append(CultureInfo.InvariantCulture, $"\nOpen the request: {publicBaseUrl.TrimEnd('/')}/click-to-call/requests/{Uri.EscapeDataString(request.Id)}\n");
        return new EmailMessage([to], $"Callback request waiting: {request.ClientPhone} ({campaign.Name})", body.ToString());
    }

    private static string Minutes(TimeSpan after) =>
        after.TotalMinutes == 1 ? "1 minute" : string.Create(CultureInfo.InvariantCulture, $"{after.TotalMinutes:0.#} minutes");
}
