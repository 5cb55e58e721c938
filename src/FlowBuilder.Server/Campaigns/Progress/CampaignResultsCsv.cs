using System.Text;
using System.Text.Json;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Campaigns.Progress;

/// <summary><c>GET /api/campaigns/{id}/results.csv</c>: one row per contact in queue order, streamed page by page (UTF-8, header row).</summary>
internal static class CampaignResultsCsv
{
    public const string Header = "phone,name,state,attempts,lastDisposition,result,converted,operatorDisposition,notes";
    private const int PageSize = 500;

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportAsync(
        string id, [FromServices] ICampaignStore store, [FromServices] IContactStore contacts, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(company.CompanyId, id, cancellationToken) is null) return CampaignProblems.NotFound(id);
        var companyId = company.CompanyId;
        return TypedResults.Stream(stream => WriteAsync(stream, id, companyId, store, contacts, cancellationToken), "text/csv; charset=utf-8", $"{id}-results.csv");
    }

    private static async Task WriteAsync(Stream stream, string campaignId, string companyId, ICampaignStore store, IContactStore contacts, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteAsync(Header + "\r\n");
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListContactsAsync(new CampaignContactQuery(campaignId, null, offset, PageSize), cancellationToken);
            foreach (var entry in page)
            {
                var contact = await contacts.GetContactAsync(companyId, entry.ContactId, cancellationToken);
                var withForm = entry.Attempts == 0 ? null
                    : (await store.ListAttemptsAsync(new AttemptQuery(campaignId, entry.ContactId, Limit: Paging.MaxLimit), cancellationToken))
                        .FirstOrDefault(a => a.OperatorDisposition is not null);
                await writer.WriteAsync(CsvLine.Of(entry.Phone, contact?.Name, Camel(entry.State.ToString()), entry.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    entry.LastDisposition is { } last ? Camel(last.ToString()) : null, entry.Result, entry.Converted ? "true" : "false",
                    withForm?.OperatorDisposition, withForm?.Notes));
            }
            await writer.FlushAsync(cancellationToken);
            if (page.Count < PageSize) return;
        }
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
