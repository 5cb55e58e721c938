using System.Runtime.CompilerServices;
using FlowBuilder.Data.Configuration;
using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Contacts;

/// <summary>Subscriber groups and contacts in the <c>subscriber_groups</c> and <c>contacts</c> tables. Imports write through
/// <see cref="BeginBatchAsync"/>: prepared inserts (SQLite) or binary COPY (PostgreSQL) in one transaction.</summary>
internal sealed class SqlContactStore(DatabaseInitializer database, DatabaseProvider provider) : IContactStore
{
    public async ValueTask<SubscriberGroup?> GetGroupAsync(string companyId, string groupId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.SubscriberGroups.AsNoTracking().FirstOrDefaultAsync(g => g.CompanyId == companyId && g.Id == groupId, cancellationToken);
        return row is null ? null : ToGroup(row);
    }

    public async ValueTask<IReadOnlyList<SubscriberGroup>> ListGroupsAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.SubscriberGroups.AsNoTracking().Where(g => g.CompanyId == companyId).OrderBy(g => g.Name).ToListAsync(cancellationToken);
        return rows.Select(ToGroup).ToList();
    }

    public async ValueTask SaveGroupAsync(SubscriberGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.SubscriberGroups.FirstOrDefaultAsync(g => g.Id == group.Id, cancellationToken);
        if (row is null) context.SubscriberGroups.Add(row = new SubscriberGroupRow { Id = group.Id, CompanyId = group.CompanyId });
        else if (row.CompanyId != group.CompanyId) throw new InvalidOperationException($"The group id '{group.Id}' belongs to another company.");
        row.Name = group.Name;
        row.Description = group.Description;
        row.FieldsJson = ColumnJson.Write(group.Fields);
        row.DefaultCountry = group.DefaultCountry;
        row.DefaultTimeZone = group.DefaultTimeZone;
        row.CreatedAt = group.CreatedAt;
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<bool> DeleteGroupAsync(string companyId, string groupId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.Contacts.Where(c => c.CompanyId == companyId && c.GroupId == groupId).ExecuteDeleteAsync(cancellationToken);
        var deleted = await context.SubscriberGroups.Where(g => g.CompanyId == companyId && g.Id == groupId).ExecuteDeleteAsync(cancellationToken) > 0;
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    public async ValueTask<long> CountContactsAsync(string companyId, string groupId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.Contacts.LongCountAsync(c => c.GroupId == groupId && c.CompanyId == companyId, cancellationToken);
    }

    public async ValueTask<Contact?> GetContactAsync(string companyId, string contactId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId && c.CompanyId == companyId, cancellationToken);
        if (row is null) return null;
        var fields = await FieldsOfAsync(context, row.GroupId, cancellationToken);
        return ToContact(row, fields);
    }

    public async ValueTask<ContactPage> ListContactsAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        var fields = await FieldsOfAsync(context, query.GroupId, cancellationToken);
        var matching = context.Contacts.AsNoTracking().Where(c => c.GroupId == query.GroupId && c.CompanyId == query.CompanyId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            var lower = search.ToLowerInvariant();
            matching = matching.Where(c => c.Phone.Contains(search) || (c.Name != null && c.Name.ToLower().Contains(lower)));
        }
        var total = await matching.LongCountAsync(cancellationToken);
        var rows = await matching.OrderBy(c => c.Position).Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToListAsync(cancellationToken);
        return new ContactPage(rows.Select(r => ToContact(r, fields)).ToList(), total);
    }

    public async IAsyncEnumerable<Contact> StreamContactsAsync(string companyId, string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var fields = await FieldsOfAsync(context, groupId, cancellationToken);
        var rows = context.Contacts.AsNoTracking().Where(c => c.GroupId == groupId && c.CompanyId == companyId).OrderBy(c => c.Position).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken)) yield return ToContact(row, fields);
    }

    public async IAsyncEnumerable<string> StreamPhonesAsync(string companyId, string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var phones = context.Contacts.AsNoTracking().Where(c => c.GroupId == groupId && c.CompanyId == companyId).Select(c => c.Phone).AsAsyncEnumerable();
        await foreach (var phone in phones.WithCancellation(cancellationToken)) yield return phone;
    }

    public async ValueTask<IContactBatchWriter> BeginBatchAsync(string companyId, string groupId, CancellationToken cancellationToken)
    {
        var context = await database.OpenAsync(cancellationToken);
        try
        {
            if (!await context.SubscriberGroups.AnyAsync(g => g.CompanyId == companyId && g.Id == groupId, cancellationToken))
                throw new InvalidOperationException($"There is no subscriber group '{groupId}'. Create it first.");
            return provider == DatabaseProvider.Postgres
                ? await PostgresContactBatch.BeginAsync(context, companyId, groupId, cancellationToken)
                : await SqliteContactBatch.BeginAsync(context, companyId, groupId, cancellationToken);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    public async ValueTask<bool> DeleteContactAsync(string companyId, string contactId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.Contacts.Where(c => c.Id == contactId && c.CompanyId == companyId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async ValueTask<IReadOnlyDictionary<string, object?>> FindInfoAsync(string companyId, string phone, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var found = await (from record in context.InfoRecords.AsNoTracking()
                           join info in context.InfoDatabases.AsNoTracking() on record.DatabaseId equals info.Id
                           where record.CompanyId == companyId && record.Key == phone
                           select new { info.Name, record.DataJson }).ToListAsync(cancellationToken);
        return found.ToDictionary(f => f.Name, f => (object?)ContactFieldsJson.ReadLoose(f.DataJson), StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<ContactField>> FieldsOfAsync(FlowBuilderDbContext context, string groupId, CancellationToken cancellationToken)
    {
        var json = await context.SubscriberGroups.AsNoTracking().Where(g => g.Id == groupId).Select(g => g.FieldsJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? [] : ColumnJson.Read<List<ContactField>>(json);
    }

    private static SubscriberGroup ToGroup(SubscriberGroupRow row) =>
        new(row.Id, row.CompanyId, row.Name, ColumnJson.Read<List<ContactField>>(row.FieldsJson), row.DefaultCountry, row.DefaultTimeZone)
        {
            Description = row.Description,
            CreatedAt = row.CreatedAt,
        };

    private static Contact ToContact(ContactRow row, IReadOnlyList<ContactField> fields) =>
        new(row.Id, row.CompanyId, row.GroupId, row.Phone, row.Name, row.Patronymic, row.TimeZone, ContactFieldsJson.Read(row.FieldsJson, fields))
        {
            SourceLine = row.SourceLine,
        };
}
