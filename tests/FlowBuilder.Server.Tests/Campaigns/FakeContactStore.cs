using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Server.Tests.Campaigns;

/// <summary>Groups and contacts in memory: the contacts port as the campaign API and store read it (until the SQL one is merged).</summary>
public sealed class FakeContactStore : IContactStore
{
    private readonly ConcurrentDictionary<string, SubscriberGroup> _groups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<Contact>> _contacts = new(StringComparer.Ordinal);

    public void Add(SubscriberGroup group, params Contact[] contacts)
    {
        _groups[group.Id] = group;
        _contacts[group.Id] = contacts.ToList();
    }

    public ValueTask<SubscriberGroup?> GetGroupAsync(string companyId, string groupId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_groups.TryGetValue(groupId, out var group) && group.CompanyId == companyId ? group : null);

    public ValueTask<IReadOnlyList<SubscriberGroup>> ListGroupsAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<SubscriberGroup>>(_groups.Values.Where(g => g.CompanyId == companyId).ToList());

    public ValueTask<long> CountContactsAsync(string companyId, string groupId, CancellationToken cancellationToken) =>
        ValueTask.FromResult((long)(_contacts.GetValueOrDefault(groupId)?.Count ?? 0));

    public ValueTask<Contact?> GetContactAsync(string companyId, string contactId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_contacts.Values.SelectMany(c => c).FirstOrDefault(c => c.Id == contactId && c.CompanyId == companyId));

    public async IAsyncEnumerable<Contact> StreamContactsAsync(string companyId, string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var contact in _contacts.GetValueOrDefault(groupId) ?? [])
        {
            await Task.Yield();
            if (contact.CompanyId == companyId) yield return contact;
        }
    }

    public ValueTask<IReadOnlyDictionary<string, object?>> FindInfoAsync(string companyId, string phone, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, object?>>(new Dictionary<string, object?>());

    public ValueTask SaveGroupAsync(SubscriberGroup group, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<bool> DeleteGroupAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<ContactPage> ListContactsAsync(ContactQuery query, CancellationToken cancellationToken) => throw Unused();
    public IAsyncEnumerable<string> StreamPhonesAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<IContactBatchWriter> BeginBatchAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<bool> DeleteContactAsync(string companyId, string contactId, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("The campaign API tests do not import or edit contacts.");
}
