using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Tests.Operators;

/// <summary>Contacts and information-database records the operator card reads, in memory.</summary>
internal sealed class FakeContactStore : IContactStore
{
    private readonly Dictionary<string, Contact> _contacts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, object?>> _info = new(StringComparer.Ordinal);

    public void Put(Contact contact) => _contacts[contact.Id] = contact;

    public void PutInfo(string phone, IReadOnlyDictionary<string, object?> info) => _info[phone] = info;

    public ValueTask<Contact?> GetContactAsync(string companyId, string contactId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_contacts.GetValueOrDefault(contactId) is { } c && c.CompanyId == companyId ? c : null);

    public ValueTask<IReadOnlyDictionary<string, object?>> FindInfoAsync(string companyId, string phone, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_info.GetValueOrDefault(phone) ?? new Dictionary<string, object?>());

    public ValueTask<SubscriberGroup?> GetGroupAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<IReadOnlyList<SubscriberGroup>> ListGroupsAsync(string companyId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask SaveGroupAsync(SubscriberGroup group, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<bool> DeleteGroupAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<long> CountContactsAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<ContactPage> ListContactsAsync(ContactQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
    public IAsyncEnumerable<Contact> StreamContactsAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public IAsyncEnumerable<string> StreamPhonesAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<IContactBatchWriter> BeginBatchAsync(string companyId, string groupId, CancellationToken cancellationToken) => throw new NotSupportedException();
    public ValueTask<bool> DeleteContactAsync(string companyId, string contactId, CancellationToken cancellationToken) => throw new NotSupportedException();
}
