using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Data.Tests.Contacts;

/// <summary>What every contact store, information database store and do-not-call list does.</summary>
public abstract class ContactStoreContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly SubscriberGroup Debtors = new("debtors", "default", "Debtors",
        [new ContactField("amount", ContactFieldType.Number), new ContactField("due", ContactFieldType.Date), new ContactField("vip", ContactFieldType.Boolean),
            new ContactField("note", Pattern: "[a-z ]+", Label: "Note")], "GB", "Europe/London")
    {
        Description = "Overdue",
        CreatedAt = new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero),
    };

    protected IContactStore Contacts { get; private set; } = null!;
    protected IInfoDatabaseStore Info { get; private set; } = null!;
    protected IDoNotCallList DoNotCall { get; private set; } = null!;

    protected abstract Task<(IContactStore Contacts, IInfoDatabaseStore Info, IDoNotCallList DoNotCall)> CreateStoresAsync();

    public async Task InitializeAsync()
    {
        (Contacts, Info, DoNotCall) = await CreateStoresAsync();
        await Contacts.SaveGroupAsync(Debtors, None);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static Contact Contact(int n, string? name = null, string group = "debtors") =>
        new($"c{n:D4}", "default", group, $"+4420794600{n:D2}", name ?? $"Name {n}", n % 2 == 0 ? "P" : null, n % 3 == 0 ? null : "Europe/London",
            new Dictionary<string, object?> { ["amount"] = n + 0.25m, ["due"] = new DateOnly(2027, 1, n % 28 + 1), ["vip"] = n % 2 == 0, ["note"] = $"note {n}" })
        {
            SourceLine = n + 1,
        };

    private async Task ImportAsync(IEnumerable<Contact> contacts, string group = "debtors")
    {
        await using var batch = await Contacts.BeginBatchAsync("default", group, None);
        foreach (var contact in contacts) await batch.AddAsync(contact, None);
        await batch.CommitAsync(None);
    }

    private async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    [ContractFact]
    public async Task Group_SavedWithEveryField_ReadsBackEqual_AndListsByCompany()
    {
        var stored = (await Contacts.GetGroupAsync("default", "debtors", None)).ShouldNotBeNull();

        stored.ShouldBe(Debtors with { Fields = stored.Fields });
        stored.Fields.ShouldBe(Debtors.Fields);
        stored.CreatedAt.ShouldBe(Debtors.CreatedAt);
        (await Contacts.GetGroupAsync("other", "debtors", None)).ShouldBeNull();
        await Contacts.SaveGroupAsync(Debtors with { Name = "Debtors 2", Fields = [] }, None);
        (await Contacts.ListGroupsAsync("default", None)).Single().Name.ShouldBe("Debtors 2");
        (await Contacts.ListGroupsAsync("other", None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task Batch_Committed_StoresEveryContactWithTypedFieldsInImportOrder()
    {
        var contacts = Enumerable.Range(1, 30).Select(n => Contact(n)).Reverse().ToList();

        await ImportAsync(contacts);

        var stored = await ToListAsync(Contacts.StreamContactsAsync("default", "debtors", None));
        stored.Select(c => c.Id).ShouldBe(contacts.Select(c => c.Id));
        var first = stored[0];
        first.ShouldBe(contacts[0] with { Fields = first.Fields });
        first.SourceLine.ShouldBe(contacts[0].SourceLine);
        first.Fields.ShouldBe(contacts[0].Fields, ignoreOrder: true);
        (await Contacts.CountContactsAsync("default", "debtors", None)).ShouldBe(30);
        (await ToListAsync(Contacts.StreamPhonesAsync("default", "debtors", None))).Order().ShouldBe(contacts.Select(c => c.Phone).Order());
    }

    [ContractFact]
    public async Task Batch_DisposedWithoutCommit_LeavesNothing()
    {
        await using (var batch = await Contacts.BeginBatchAsync("default", "debtors", None))
        {
            foreach (var n in Enumerable.Range(1, 20)) await batch.AddAsync(Contact(n), None);
        }

        (await Contacts.CountContactsAsync("default", "debtors", None)).ShouldBe(0);
        await ImportAsync([Contact(1)]);
        (await Contacts.CountContactsAsync("default", "debtors", None)).ShouldBe(1);
    }

    [ContractFact]
    public async Task Batch_IntoAMissingGroup_Throws()
    {
        await Should.ThrowAsync<InvalidOperationException>(async () => await Contacts.BeginBatchAsync("default", "nope", None));
    }

    [ContractFact]
    public async Task List_PagesInImportOrder_AndSearchesPhoneOrName()
    {
        await ImportAsync(Enumerable.Range(1, 25).Select(n => Contact(n, n == 7 ? "Ann Lee" : null)));

        var page = await Contacts.ListContactsAsync(new ContactQuery("default", "debtors", Offset: 10, Limit: 5), None);
        var byName = await Contacts.ListContactsAsync(new ContactQuery("default", "debtors", "ann"), None);
        var byPhone = await Contacts.ListContactsAsync(new ContactQuery("default", "debtors", "460012"), None);

        page.Total.ShouldBe(25);
        page.Items.Select(c => c.Id).ShouldBe(["c0011", "c0012", "c0013", "c0014", "c0015"]);
        byName.Items.Single().Id.ShouldBe("c0007");
        (byPhone.Total, byPhone.Items.Single().Id).ShouldBe((1L, "c0012"));
        (await Contacts.ListContactsAsync(new ContactQuery("other", "debtors"), None)).Total.ShouldBe(0);
    }

    [ContractFact]
    public async Task Contact_ReadAndDeletedById_WithinItsCompany()
    {
        await ImportAsync([Contact(1), Contact(2)]);

        (await Contacts.GetContactAsync("default", "c0002", None))!.Phone.ShouldBe("+442079460002");
        (await Contacts.GetContactAsync("other", "c0002", None)).ShouldBeNull();
        (await Contacts.DeleteContactAsync("other", "c0002", None)).ShouldBeFalse();
        (await Contacts.DeleteContactAsync("default", "c0002", None)).ShouldBeTrue();
        (await Contacts.GetContactAsync("default", "c0002", None)).ShouldBeNull();
        (await Contacts.CountContactsAsync("default", "debtors", None)).ShouldBe(1);
    }

    [ContractFact]
    public async Task DeleteGroup_RemovesItsContacts()
    {
        await ImportAsync([Contact(1), Contact(2)]);

        (await Contacts.DeleteGroupAsync("default", "debtors", None)).ShouldBeTrue();

        (await Contacts.GetGroupAsync("default", "debtors", None)).ShouldBeNull();
        (await Contacts.CountContactsAsync("default", "debtors", None)).ShouldBe(0);
        (await Contacts.GetContactAsync("default", "c0001", None)).ShouldBeNull();
        (await Contacts.DeleteGroupAsync("default", "debtors", None)).ShouldBeFalse();
    }

    [ContractFact]
    public async Task Info_RecordsUpsertedByKey_AreFoundByPhoneUnderTheDatabaseName()
    {
        await Info.SaveAsync(new InfoDatabase("loans", "default", "loans") { CreatedAt = Debtors.CreatedAt }, None);
        await Info.SaveAsync(new InfoDatabase("cards", "default", "cards"), None);
        await Info.UpsertRecordsAsync("default", "loans", Records(new InfoRecord("+442079460001", new Dictionary<string, object?> { ["amountDue"] = 120.5m, ["bank"] = "Acme" })), None);
        var written = await Info.UpsertRecordsAsync("default", "loans", Records(
            new InfoRecord("+442079460001", new Dictionary<string, object?> { ["amountDue"] = 99m }),
            new InfoRecord("+442079460002", new Dictionary<string, object?> { ["amountDue"] = 1m })), None);
        await Info.UpsertRecordsAsync("default", "cards", Records(new InfoRecord("+442079460001", new Dictionary<string, object?> { ["last4"] = "0042" })), None);

        written.ShouldBe(2);
        var info = await Contacts.FindInfoAsync("default", "+442079460001", None);
        info.Keys.Order().ShouldBe(["cards", "loans"]);
        ((IReadOnlyDictionary<string, object?>)info["loans"]!).ShouldBe(new Dictionary<string, object?> { ["amountDue"] = 99m });
        ((IReadOnlyDictionary<string, object?>)info["cards"]!)["last4"].ShouldBe("0042");
        (await Contacts.FindInfoAsync("other", "+442079460001", None)).ShouldBeEmpty();
        (await Info.FindRecordAsync("default", "loans", "+442079460002", None))!.Data["amountDue"].ShouldBe(1m);
        (await Info.GetAsync("default", "loans", None))!.RecordCount.ShouldBe(2);
        (await Info.ListAsync("default", None)).Select(d => d.Name).ShouldBe(["cards", "loans"]);
    }

    [ContractFact]
    public async Task DoNotCall_AddTwiceKeepsTheFirst_ListsPagedByPhone_AndRemoves()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await DoNotCall.AddAsync("default", "+442079460002", "api", None);
        await DoNotCall.AddAsync("default", "+442079460001", "import", None);
        await DoNotCall.AddAsync("default", "+442079460002", "operator", None);

        (await DoNotCall.ContainsAsync("default", "+442079460002", None)).ShouldBeTrue();
        (await DoNotCall.ContainsAsync("other", "+442079460002", None)).ShouldBeFalse();
        var all = await DoNotCall.ListAsync("default", 0, 10, None);
        all.Select(e => (e.Phone, e.Source)).ShouldBe([("+442079460001", "import"), ("+442079460002", "api")]);
        all[0].AddedAt.ShouldBeGreaterThan(before);
        (await DoNotCall.ListAsync("default", 1, 10, None)).Single().Phone.ShouldBe("+442079460002");
        (await DoNotCall.RemoveAsync("default", "+442079460002", None)).ShouldBeTrue();
        (await DoNotCall.RemoveAsync("default", "+442079460002", None)).ShouldBeFalse();
        (await DoNotCall.ContainsAsync("default", "+442079460002", None)).ShouldBeFalse();
    }

    private static async IAsyncEnumerable<InfoRecord> Records(params InfoRecord[] records)
    {
        foreach (var record in records) yield return record;
        await Task.CompletedTask;
    }
}
