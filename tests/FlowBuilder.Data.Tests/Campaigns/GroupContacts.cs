using System.Runtime.CompilerServices;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Data.Tests.Campaigns;

/// <summary>A fake of the contacts port with only what filling a work queue reads: groups and their contacts in order.</summary>
internal sealed class GroupContacts : IContactStore
{
    private readonly Dictionary<string, SubscriberGroup> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Contact>> _contacts = new(StringComparer.Ordinal);

    /// <summary>When set, streaming throws after this many contacts (a database error half-way through a million).</summary>
    public int? FailAfter { get; set; }

    public void Add(SubscriberGroup group, IEnumerable<Contact> contacts)
    {
        _groups[group.Id] = group;
        _contacts[group.Id] = contacts.ToList();
    }

    public ValueTask<SubscriberGroup?> GetGroupAsync(string companyId, string groupId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_groups.TryGetValue(groupId, out var group) && group.CompanyId == companyId ? group : null);

    public async IAsyncEnumerable<Contact> StreamContactsAsync(string companyId, string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var streamed = 0;
        foreach (var contact in _contacts.GetValueOrDefault(groupId) ?? [])
        {
            if (streamed++ == FailAfter) throw new IOException("The contacts stream broke.");
            if (contact.CompanyId != companyId) continue;
            await Task.Yield();
            yield return contact;
        }
    }

    public ValueTask<IReadOnlyList<SubscriberGroup>> ListGroupsAsync(string companyId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask SaveGroupAsync(SubscriberGroup group, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<bool> DeleteGroupAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<long> CountContactsAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<Contact?> GetContactAsync(string companyId, string contactId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<ContactPage> ListContactsAsync(ContactQuery query, CancellationToken cancellationToken) => throw Unused();
    public IAsyncEnumerable<string> StreamPhonesAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<IContactBatchWriter> BeginBatchAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<bool> DeleteContactAsync(string companyId, string contactId, CancellationToken cancellationToken) => throw Unused();
    public ValueTask<IReadOnlyDictionary<string, object?>> FindInfoAsync(string companyId, string phone, CancellationToken cancellationToken) => throw Unused();

    private static NotSupportedException Unused() => new("The campaign store tests only stream groups' contacts.");
}
