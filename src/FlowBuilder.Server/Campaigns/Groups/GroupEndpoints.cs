using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns.Groups;

internal static class GroupEndpoints
{
    public static async Task<Ok<IReadOnlyList<GroupView>>> ListAsync(IContactStore contacts, ICompanyContext company, CancellationToken cancellationToken)
    {
        var groups = await contacts.ListGroupsAsync(company.CompanyId, cancellationToken);
        var views = new List<GroupView>(groups.Count);
        foreach (var group in groups) views.Add(GroupView.From(group, await contacts.CountContactsAsync(company.CompanyId, group.Id, cancellationToken)));
        return TypedResults.Ok<IReadOnlyList<GroupView>>(views);
    }

    public static async Task<Results<Ok<GroupView>, ProblemHttpResult>> GetAsync(string id, IContactStore contacts, ICompanyContext company, CancellationToken cancellationToken)
    {
        var group = await contacts.GetGroupAsync(company.CompanyId, id, cancellationToken);
        if (group is null) return ContactProblems.GroupNotFound(id);
        return TypedResults.Ok(GroupView.From(group, await contacts.CountContactsAsync(company.CompanyId, id, cancellationToken)));
    }

    public static async Task<Results<Created<GroupView>, ProblemHttpResult>> CreateAsync(
        GroupRequest request, IContactStore contacts, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var country = Country(request.DefaultCountry);
        var errors = SubscriberGroupRules.Check(request.Name, request.Fields, country, request.DefaultTimeZone);
        if (errors.Count > 0) return ContactProblems.Invalid("Invalid group", errors);
        var group = new SubscriberGroup(SubscriberGroupRules.NewId(request.Name!), company.CompanyId, request.Name!.Trim(), request.Fields ?? [], country,
            Blank(request.DefaultTimeZone))
        {
            Description = Blank(request.Description),
            CreatedAt = time.GetUtcNow(),
        };
        await contacts.SaveGroupAsync(group, cancellationToken);
        return TypedResults.Created($"/api/groups/{group.Id}", GroupView.From(group, 0));
    }

    public static async Task<Results<Ok<GroupView>, ProblemHttpResult>> UpdateAsync(
        string id, GroupRequest request, IContactStore contacts, ICompanyContext company, CancellationToken cancellationToken)
    {
        var existing = await contacts.GetGroupAsync(company.CompanyId, id, cancellationToken);
        if (existing is null) return ContactProblems.GroupNotFound(id);
        var country = request.DefaultCountry is null ? existing.DefaultCountry : Country(request.DefaultCountry);
        var errors = SubscriberGroupRules.Check(request.Name, request.Fields, country, request.DefaultTimeZone);
        if (errors.Count > 0) return ContactProblems.Invalid("Invalid group", errors);
        var group = existing with
        {
            Name = request.Name!.Trim(),
            Fields = request.Fields ?? [],
            DefaultCountry = country,
            DefaultTimeZone = Blank(request.DefaultTimeZone),
            Description = Blank(request.Description),
        };
        await contacts.SaveGroupAsync(group, cancellationToken);
        return TypedResults.Ok(GroupView.From(group, await contacts.CountContactsAsync(company.CompanyId, id, cancellationToken)));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IContactStore contacts, ICompanyContext company, CancellationToken cancellationToken) =>
        await contacts.DeleteGroupAsync(company.CompanyId, id, cancellationToken) ? TypedResults.NoContent() : ContactProblems.GroupNotFound(id);

    private static string Country(string? country) => string.IsNullOrWhiteSpace(country) ? "US" : country.Trim().ToUpperInvariant();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
