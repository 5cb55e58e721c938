namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>Subscriber groups and their contacts; the product's are the <c>subscriber_groups</c> and <c>contacts</c> tables.</summary>
public interface IContactStore
{
    ValueTask<SubscriberGroup?> GetGroupAsync(string companyId, string groupId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<SubscriberGroup>> ListGroupsAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Adds or replaces the group (by id); its contacts are kept.</summary>
    ValueTask SaveGroupAsync(SubscriberGroup group, CancellationToken cancellationToken);

    /// <summary>Deletes the group and its contacts; false when there was none.</summary>
    ValueTask<bool> DeleteGroupAsync(string companyId, string groupId, CancellationToken cancellationToken);

    ValueTask<long> CountContactsAsync(string companyId, string groupId, CancellationToken cancellationToken);

    ValueTask<Contact?> GetContactAsync(string companyId, string contactId, CancellationToken cancellationToken);

    ValueTask<ContactPage> ListContactsAsync(ContactQuery query, CancellationToken cancellationToken);

    /// <summary>Every contact of the group in import order, streamed (exports and campaigns read a million this way).</summary>
    IAsyncEnumerable<Contact> StreamContactsAsync(string companyId, string groupId, CancellationToken cancellationToken);

    /// <summary>The group's phone numbers (E.164), streamed: the import's duplicate check against what is already stored.</summary>
    IAsyncEnumerable<string> StreamPhonesAsync(string companyId, string groupId, CancellationToken cancellationToken);

    ValueTask<IContactBatchWriter> BeginBatchAsync(string companyId, string groupId, CancellationToken cancellationToken);

    ValueTask<bool> DeleteContactAsync(string companyId, string contactId, CancellationToken cancellationToken);

    /// <summary>Reference data about one customer from the company's information databases, by database name:
    /// <c>{ "loans": { "amountDue": 120.5, … } }</c>; empty when none has the phone.</summary>
    ValueTask<IReadOnlyDictionary<string, object?>> FindInfoAsync(string companyId, string phone, CancellationToken cancellationToken);
}
