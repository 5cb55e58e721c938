using System.Text;
using FlowBuilder.Campaigns.Import;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Tests.Import;

/// <summary>A subscriber group in an in-memory store and the importer over it.</summary>
internal sealed class ImportHarness
{
    public ImportHarness(params ContactField[] fields)
    {
        Group = new SubscriberGroup("debtors", "default", "Debtors", fields);
        Store.SaveGroupAsync(Group, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Importer = new ContactImporter(Store);
    }

    public InMemoryContactStore Store { get; } = new();

    public SubscriberGroup Group { get; }

    public ContactImporter Importer { get; }

    public List<RejectedContactRow> AllRejected { get; } = [];

    public Task<ContactImportResult> ImportAsync(string csv, ContactImportOptions? options = null, IProgress<ContactImportProgress>? progress = null) =>
        ImportAsync(Encoding.UTF8.GetBytes(csv), options, progress);

    public Task<ContactImportResult> ImportAsync(byte[] csv, ContactImportOptions? options = null, IProgress<ContactImportProgress>? progress = null) =>
        Importer.ImportAsync(new MemoryStream(csv), Group, (options ?? new ContactImportOptions()) with { OnRejected = AllRejected.Add }, progress, CancellationToken.None);

    public async Task<List<Contact>> StoredAsync()
    {
        var contacts = new List<Contact>();
        await foreach (var contact in Store.StreamContactsAsync("default", Group.Id, CancellationToken.None)) contacts.Add(contact);
        return contacts;
    }
}
