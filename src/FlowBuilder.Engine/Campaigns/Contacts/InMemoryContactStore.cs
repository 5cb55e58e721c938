using System.Runtime.CompilerServices;

namespace FlowBuilder.Engine.Campaigns.Contacts;

/// <summary>Subscriber groups and contacts in memory: the default for tests and a server without a database;
/// FlowBuilder.Data replaces it. Information lookups read <paramref name="info"/>.</summary>
public sealed class InMemoryContactStore(InMemoryInfoDatabaseStore info) : IContactStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Company, string Id), SubscriberGroup> _groups = [];
    private readonly Dictionary<(string Company, string Group), List<Contact>> _contacts = [];
    private readonly Dictionary<(string Company, string Group), HashSet<string>> _phones = [];

    public InMemoryContactStore() : this(new InMemoryInfoDatabaseStore())
    {
    }

    public ValueTask<SubscriberGroup?> GetGroupAsync(string companyId, string groupId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_groups.GetValueOrDefault((companyId, groupId)));
    }

    public ValueTask<IReadOnlyList<SubscriberGroup>> ListGroupsAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SubscriberGroup> list = _groups.Values.Where(g => g.CompanyId == companyId).OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
            return ValueTask.FromResult(list);
        }
    }

    public ValueTask SaveGroupAsync(SubscriberGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        lock (_gate)
        {
            _groups[(group.CompanyId, group.Id)] = group;
            _contacts.TryAdd((group.CompanyId, group.Id), []);
            _phones.TryAdd((group.CompanyId, group.Id), new HashSet<string>(StringComparer.Ordinal));
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteGroupAsync(string companyId, string groupId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _contacts.Remove((companyId, groupId));
            _phones.Remove((companyId, groupId));
            return ValueTask.FromResult(_groups.Remove((companyId, groupId)));
        }
    }

    public ValueTask<long> CountContactsAsync(string companyId, string groupId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult((long)(_contacts.GetValueOrDefault((companyId, groupId))?.Count ?? 0));
    }

    public ValueTask<Contact?> GetContactAsync(string companyId, string contactId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = _contacts.Where(c => c.Key.Company == companyId).SelectMany(c => c.Value).FirstOrDefault(c => c.Id == contactId);
            return ValueTask.FromResult(found);
        }
    }

    public ValueTask<ContactPage> ListContactsAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            IEnumerable<Contact> matching = _contacts.GetValueOrDefault((query.CompanyId, query.GroupId)) ?? [];
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var search = query.Search.Trim();
                matching = matching.Where(c => c.Phone.Contains(search, StringComparison.OrdinalIgnoreCase)
                    || (c.Name?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false));
            }
            var all = matching.ToList();
            var page = all.Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToList();
            return ValueTask.FromResult(new ContactPage(page, all.Count));
        }
    }

    public async IAsyncEnumerable<Contact> StreamContactsAsync(string companyId, string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Contact[] snapshot;
        lock (_gate) snapshot = [.. _contacts.GetValueOrDefault((companyId, groupId)) ?? []];
        foreach (var contact in snapshot)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return contact;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public async IAsyncEnumerable<string> StreamPhonesAsync(string companyId, string groupId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var contact in StreamContactsAsync(companyId, groupId, cancellationToken).ConfigureAwait(false)) yield return contact.Phone;
    }

    public ValueTask<IContactBatchWriter> BeginBatchAsync(string companyId, string groupId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_groups.ContainsKey((companyId, groupId))) throw new InvalidOperationException($"There is no subscriber group '{groupId}'. Create it first.");
        }
        return ValueTask.FromResult<IContactBatchWriter>(new Batch(this, companyId, groupId));
    }

    public ValueTask<bool> DeleteContactAsync(string companyId, string contactId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var ((company, group), contacts) in _contacts)
            {
                if (company != companyId) continue;
                var index = contacts.FindIndex(c => c.Id == contactId);
                if (index < 0) continue;
                _phones[(company, group)].Remove(contacts[index].Phone);
                contacts.RemoveAt(index);
                return ValueTask.FromResult(true);
            }
        }
        return ValueTask.FromResult(false);
    }

    public ValueTask<IReadOnlyDictionary<string, object?>> FindInfoAsync(string companyId, string phone, CancellationToken cancellationToken) =>
        ValueTask.FromResult(info.FindByKey(companyId, phone));

    private void Append(string companyId, string groupId, List<Contact> staged)
    {
        lock (_gate)
        {
            if (!_contacts.TryGetValue((companyId, groupId), out var contacts)) throw new InvalidOperationException($"The subscriber group '{groupId}' was deleted during the import.");
            var phones = _phones[(companyId, groupId)];
            var duplicate = staged.GroupBy(c => c.Phone).FirstOrDefault(g => g.Count() > 1)?.Key ?? staged.FirstOrDefault(c => phones.Contains(c.Phone))?.Phone;
            if (duplicate is not null) throw new InvalidOperationException($"The group '{groupId}' already has a contact with the phone {duplicate}.");
            foreach (var contact in staged)
            {
                contacts.Add(contact);
                phones.Add(contact.Phone);
            }
        }
    }

    private sealed class Batch(InMemoryContactStore store, string companyId, string groupId) : IContactBatchWriter
    {
        private readonly List<Contact> _staged = [];
        private bool _committed;

        public ValueTask AddAsync(Contact contact, CancellationToken cancellationToken)
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            _staged.Add(contact with { CompanyId = companyId, GroupId = groupId });
            return ValueTask.CompletedTask;
        }

        public ValueTask CommitAsync(CancellationToken cancellationToken)
        {
            if (_committed) return ValueTask.CompletedTask;
            store.Append(companyId, groupId, _staged);
            _committed = true;
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            _staged.Clear();
            return ValueTask.CompletedTask;
        }
    }
}
