using System.Text.Json;
using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns.Groups;

internal static class ContactEndpoints
{
    public const int MaxLimit = 500;

    public static async Task<Results<Ok<ContactPageView>, ProblemHttpResult>> ListAsync(string id, string? search, int? offset, int? limit,
        IContactStore contacts, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (await contacts.GetGroupAsync(company.CompanyId, id, cancellationToken) is null) return ContactProblems.GroupNotFound(id);
        if (offset < 0) return ApiProblems.BadRequest("offset must be 0 or more.", ("path", "offset"));
        if (limit is < 1 or > MaxLimit) return ApiProblems.BadRequest($"limit must be between 1 and {MaxLimit}.", ("path", "limit"));
        var page = await contacts.ListContactsAsync(new ContactQuery(company.CompanyId, id, search, offset ?? 0, limit ?? 50), cancellationToken);
        return TypedResults.Ok(new ContactPageView(page.Items.Select(ContactView.From).ToList(), page.Total));
    }

    public static async Task<Results<Created<ContactView>, ProblemHttpResult>> AddAsync(string id, ContactRequest request,
        IContactStore contacts, ICompanyContext company, CancellationToken cancellationToken)
    {
        var group = await contacts.GetGroupAsync(company.CompanyId, id, cancellationToken);
        if (group is null) return ContactProblems.GroupNotFound(id);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in (request.Fields ?? []).Keys.Where(k => group.Fields.All(f => f.Name != k)))
            errors[$"fields.{name}"] = [$"The group has no field '{name}'. Its fields are: {string.Join(", ", group.Fields.Select(f => f.Name))}."];
        var texts = group.Fields.Select(f => request.Fields is not null && request.Fields.TryGetValue(f.Name, out var value) ? Text(value) : null).ToList();
        var reasons = new List<string>();
        var contact = new ContactValidator(group).Validate(request.Phone, request.Name, request.Patronymic, request.TimeZone, texts, reasons, out _);
        foreach (var reason in reasons) Add(errors, FieldOf(reason, group), reason);
        if (contact is not null)
        {
            var same = await contacts.ListContactsAsync(new ContactQuery(company.CompanyId, id, contact.Phone, 0, 10), cancellationToken);
            if (same.Items.Any(c => c.Phone == contact.Phone)) Add(errors, "phone", $"phone {contact.Phone} is already in the group");
        }
        if (errors.Count > 0 || contact is null) return ContactProblems.Invalid("Invalid contact", errors);
        await using (var batch = await contacts.BeginBatchAsync(company.CompanyId, id, cancellationToken))
        {
            await batch.AddAsync(contact, cancellationToken);
            await batch.CommitAsync(cancellationToken);
        }
        return TypedResults.Created($"/api/groups/{id}/contacts/{contact.Id}", ContactView.From(contact));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, string contactId, IContactStore contacts, ICompanyContext company,
        CancellationToken cancellationToken)
    {
        var contact = await contacts.GetContactAsync(company.CompanyId, contactId, cancellationToken);
        if (contact is null || contact.GroupId != id || !await contacts.DeleteContactAsync(company.CompanyId, contactId, cancellationToken))
            return ApiProblems.NotFound("Contact not found", $"The group '{id}' has no contact '{contactId}'.", ("contactId", contactId));
        return TypedResults.NoContent();
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };

    /// <summary>The request field a validation reason is about: reasons start with the field's name.</summary>
    private static string FieldOf(string reason, SubscriberGroup group)
    {
        if (reason.StartsWith("phone", StringComparison.Ordinal)) return "phone";
        if (reason.StartsWith("timeZone", StringComparison.Ordinal)) return "timeZone";
        var field = group.Fields.FirstOrDefault(f => reason.StartsWith(f.Name + " ", StringComparison.Ordinal));
        return field is null ? "contact" : $"fields.{field.Name}";
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }
}
