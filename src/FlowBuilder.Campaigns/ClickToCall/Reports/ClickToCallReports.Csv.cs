using System.Globalization;
using CsvHelper;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

internal sealed partial class ClickToCallReports
{
    /// <summary>The CSV export's columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        "id", "campaign", "created", "client", "direction", "status", "attempts", "firstLeg",
        "clientLegOutcome", "clientCallId", "clientAnsweredAt", "companyLegOutcome", "companyCallId", "companyAnsweredBy",
        "talkSeconds", "price", "currency", "reason", "comments",
    ];

    public async ValueTask WriteCsvAsync(CallbackRequestQuery query, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(output);
        var names = (await campaigns.ListAsync(query.CompanyId, includeArchived: true, cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        foreach (var column in CsvColumns) csv.WriteField(column);
        await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var page in CallbackRequestPages.ReadAsync(requests, query, cancellationToken).ConfigureAwait(false))
        {
            var ids = page.Select(r => r.Id).ToList();
            var legs = (await requests.ListLegsAsync(ids, cancellationToken).ConfigureAwait(false)).ToLookup(l => l.RequestId, StringComparer.Ordinal);
            var comments = (await requests.ListCommentsAsync(ids, cancellationToken).ConfigureAwait(false)).ToLookup(c => c.RequestId, StringComparer.Ordinal);
            foreach (var request in page)
            {
                WriteRow(csv, request, names.GetValueOrDefault(request.CampaignId, request.CampaignId), legs[request.Id], comments[request.Id]);
                await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }
            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteRow(CsvWriter csv, CallbackRequest request, string campaignName, IEnumerable<CallbackLeg> legs, IEnumerable<CallbackComment> comments)
    {
        var attemptLegs = legs.ToList();
        var lastAttempt = attemptLegs.Count == 0 ? 0 : attemptLegs.Max(l => l.Attempt);
        var client = attemptLegs.LastOrDefault(l => l.Attempt == lastAttempt && l.Side == CallbackLegSide.Client);
        var company = attemptLegs.LastOrDefault(l => l.Attempt == lastAttempt && l.Side == CallbackLegSide.Company);
        var completed = request.Status == CallbackRequestStatus.Completed;
        csv.WriteField(request.Id);
        csv.WriteField(SpreadsheetText.Guard(campaignName));
        csv.WriteField(Utc(request.CreatedAt));
        csv.WriteField(SpreadsheetText.Guard(request.ClientPhone));
        csv.WriteField(SpreadsheetText.Guard(request.Direction.Label));
        csv.WriteField(CallbackStatusText.ForPeople(request.Status));
        csv.WriteField(request.Attempts.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(request.FirstLeg == FirstLeg.Company ? "company" : "client");
        csv.WriteField(client?.Outcome);
        csv.WriteField(SpreadsheetText.Guard(client?.CallId));
        csv.WriteField(Utc(client?.AnsweredAt));
        csv.WriteField(company?.Outcome);
        csv.WriteField(SpreadsheetText.Guard(company?.CallId));
        csv.WriteField(SpreadsheetText.Guard(company?.AnsweredBy));
        csv.WriteField(completed ? request.TalkSeconds.ToString("0.###", CultureInfo.InvariantCulture) : null);
        csv.WriteField(completed ? request.Price?.ToString("0.00##", CultureInfo.InvariantCulture) : null);
        csv.WriteField(completed ? request.Currency : null);
        csv.WriteField(SpreadsheetText.Guard(request.Reason));
        csv.WriteField(SpreadsheetText.Guard(string.Join(" | ", comments.Select(c => string.IsNullOrEmpty(c.Text) ? c.Type : $"{c.Type}: {c.Text}"))));
    }

    private static string? Utc(DateTimeOffset? at) => at?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
