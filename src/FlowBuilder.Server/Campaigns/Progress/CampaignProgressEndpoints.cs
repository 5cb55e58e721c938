using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Campaigns.Progress;

/// <summary>Where each contact is, and every attempt made.</summary>
internal static class CampaignProgressEndpoints
{
    public static async Task<Results<Ok<IReadOnlyList<CampaignContactView>>, ProblemHttpResult>> ContactsAsync(
        string id, string? state, int? offset, int? limit, [FromServices] ICampaignStore store, [FromServices] IContactStore contacts,
        ICompanyContext company, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(offset, limit, out var paging) is { } bad) return bad;
        CampaignContactState? wanted = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!TryParse<CampaignContactState>(state, out var parsed))
                return ApiProblems.BadRequest($"Unknown state '{state}'. Use waiting, claimed, dialling, done or skipped.", ("path", "state"));
            wanted = parsed;
        }
        if (await store.GetAsync(company.CompanyId, id, cancellationToken) is null) return CampaignProblems.NotFound(id);
        var page = await store.ListContactsAsync(new CampaignContactQuery(id, wanted, paging.Offset, paging.Limit), cancellationToken);
        var views = new List<CampaignContactView>(page.Count);
        foreach (var entry in page)
        {
            var contact = await contacts.GetContactAsync(company.CompanyId, entry.ContactId, cancellationToken);
            views.Add(CampaignContactView.From(entry, contact?.Name));
        }
        return TypedResults.Ok<IReadOnlyList<CampaignContactView>>(views);
    }

    public static async Task<Results<Ok<IReadOnlyList<AttemptView>>, ProblemHttpResult>> ContactAttemptsAsync(
        string id, string contactId, [FromServices] ICampaignStore store, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(company.CompanyId, id, cancellationToken) is null) return CampaignProblems.NotFound(id);
        if (await store.GetContactAsync(id, contactId, cancellationToken) is null)
            return ApiProblems.NotFound("Contact not in campaign", $"Contact '{contactId}' is not in campaign '{id}'s work queue. See /api/campaigns/{id}/contacts.",
                ("campaignId", id), ("contactId", contactId));
        var attempts = await store.ListAttemptsAsync(new AttemptQuery(id, contactId, Limit: Paging.MaxLimit), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AttemptView>>(attempts.Select(AttemptView.From).ToList());
    }

    public static async Task<Results<Ok<IReadOnlyList<AttemptView>>, ProblemHttpResult>> AttemptsAsync(
        string id, string? disposition, int? offset, int? limit, [FromServices] ICampaignStore store, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (Paging.TryRead(offset, limit, out var paging) is { } bad) return bad;
        AttemptDisposition? wanted = null;
        if (!string.IsNullOrWhiteSpace(disposition))
        {
            if (!TryParse<AttemptDisposition>(disposition, out var parsed))
                return ApiProblems.BadRequest($"Unknown disposition '{disposition}'. Use answered, busy, noAnswer, failed, abandoned or interrupted.", ("path", "disposition"));
            wanted = parsed;
        }
        if (await store.GetAsync(company.CompanyId, id, cancellationToken) is null) return CampaignProblems.NotFound(id);
        var attempts = await store.ListAttemptsAsync(new AttemptQuery(id, null, wanted, paging.Offset, paging.Limit), cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AttemptView>>(attempts.Select(AttemptView.From).ToList());
    }

    public static bool TryParse<TEnum>(string text, out TEnum value) where TEnum : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
