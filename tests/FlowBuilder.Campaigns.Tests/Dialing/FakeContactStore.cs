using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Tests.Dialing;

/// <summary>Groups and contacts in memory, enough for the dialer (the contacts helper's store replaces it once merged).</summary>
internal sealed class FakeContactStore : IContactStore
{
    private readonly ConcurrentDictionary<string, SubscriberGroup> _groups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Contact> _contacts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, object?>> _info = new(StringComparer.Ordinal);
    private long _next;

    public SubscriberGroup AddGroup(string groupId, string? defaultTimeZone = null)
    {
        var group = new SubscriberGroup(groupId, "default", groupId, [], "US", defaultTimeZone);
        _groups[groupId] = group;
        return group;
    }

    public Contact AddContact(string groupId, string phone, string? name = null, string? timeZone = null, Dictionary<string, object?>? fields = null)
    {
        var contact = new Contact($"c{Interlocked.Increment(ref _next):D6}", "default", groupId, phone, name, null, timeZone, fields ?? new Dictionary<string, object?>());
        _contacts[contact.Id] = contact;
        return contact;
    }

    public IReadOnlyList<Contact> AddContacts(string groupId, params string[] phones) => phones.Select(p => AddContact(groupId, p)).ToList();

    public void AddInfo(string phone, IReadOnlyDictionary<string, object?> info) => _info[phone] = info;

    public ValueTask<SubscriberGroup?> GetGroupAsync(string companyId, string groupId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_groups.TryGetValue(groupId, out var group) && group.CompanyId == companyId ? group : null);

    public ValueTask<IReadOnlyList<SubscriberGroup>> ListGroupsAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SubscriberGroup>>(_groups.Values.Where(g => g.CompanyId == companyId).ToList());

    public ValueTask SaveGroupAsync(SubscriberGroup group, CancellationToken cancellationToken)
    {
        _groups[group.Id] = group;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteGroupAsync(string companyId, string groupId, CancellationToken cancellationToken) => ValueTask.FromResult(_groups.TryRemove(groupId, out _));

    public ValueTask<long> CountContactsAsync(string companyId, string groupId, CancellationToken cancellationToken) =>
        ValueTask.FromResult((long)_contacts.Values.Count(c => c.GroupId == groupId && c.CompanyId == companyId));

    public ValueTask<Contact?> GetContactAsync(string companyId, string contactId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_contacts.TryGetValue(contactId, out var contact) && contact.CompanyId == companyId ? contact : null);

    public ValueTask<ContactPage> ListContactsAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        var all = InGroup(query.GroupId).ToList();
        return ValueTask.FromResult(new ContactPage(all.Skip(query.Offset).Take(query.Limit).ToList(), all.Count));
    }

    public async IAsyncEnumerable<Contact> StreamContactsAsync(string companyId, string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var contact in InGroup(groupId))
        {
            await Task.Yield();
            yield return contact;
        }
    }

    public async IAsyncEnumerable<string> StreamPhonesAsync(string companyId, string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var contact in StreamContactsAsync(companyId, groupId, cancellationToken)) yield return contact.Phone;
    }

    public ValueTask<IContactBatchWriter> BeginBatchAsync(string companyId, string groupId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The dialer tests add contacts directly.");

    public ValueTask<bool> DeleteContactAsync(string companyId, string contactId, CancellationToken cancellationToken) => ValueTask.FromResult(_contacts.TryRemove(contactId, out _));

    public ValueTask<IReadOnlyDictionary<string, object?>> FindInfoAsync(string companyId, string phone, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_info.GetValueOrDefault(phone) ?? new Dictionary<string, object?>());

    private IEnumerable<Contact> InGroup(string groupId) => _contacts.Values.Where(c => c.GroupId == groupId).OrderBy(c => c.Id, StringComparer.Ordinal);
}
