using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Engine.Tests.CallCentre;

/// <summary>The in-memory stores' own rules; the shared store contract (FlowBuilder.Data.Tests) runs against them too.</summary>
public sealed class InMemoryCallCentreStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ExtensionStore_SameNumberFromTwoCompaniesAtOnce_ExactlyOneWins()
    {
        var store = new InMemoryExtensionStore();
        var saves = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(new Extension($"company-{i}", "101", "x", "password-1"), None);
                return true;
            }
            catch (CallCentreConflictException)
            {
                return false;
            }
        }));

        var results = await Task.WhenAll(saves);

        results.Count(won => won).ShouldBe(1);
        var owner = (await store.FindAsync("101", None))!.CompanyId;
        (await store.ListAsync(owner, None)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task GroupStore_SameNumberForManyGroupsAtOnce_ExactlyOneWins()
    {
        var store = new InMemoryExtensionGroupStore(new InMemoryExtensionStore());
        var saves = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.SaveAsync(new ExtensionGroup("default", $"g{i}", ["101"], Number: "500"), None);
                return true;
            }
            catch (CallCentreConflictException)
            {
                return false;
            }
        }));

        (await Task.WhenAll(saves)).Count(won => won).ShouldBe(1);
        (await store.ListAsync("default", None)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task GroupStore_NumberOfAnotherCompanysExtension_ConflictDoesNotNameTheCompany()
    {
        var extensions = new InMemoryExtensionStore();
        await extensions.SaveAsync(new Extension("acme", "101", "Acme desk", "password-1"), None);
        var store = new InMemoryExtensionGroupStore(extensions);

        var error = await Should.ThrowAsync<CallCentreConflictException>(async () =>
            await store.SaveAsync(new ExtensionGroup("default", "sales", ["102"], Number: "101"), None));

        error.Message.ShouldContain("another company's extension");
        error.Message.ShouldNotContain("acme");
    }

    [Fact]
    public async Task CallerListStore_ConcurrentSavesOfOneNumberInSpellings_KeepOneEntry()
    {
        var store = new InMemoryCallerListStore();
        string[] spellings = ["+1 555 0100", "+1-555-0100", "+1 (555) 0100", "sip:+15550100@host"];

        await Task.WhenAll(spellings.Select(n => Task.Run(async () => await store.SaveAsync(new CallerListEntry("default", n, CallerListKind.Blocked), None))));

        (await store.ListAsync("default", null, None)).ShouldHaveSingleItem().Number.ShouldBe("+15550100");
    }

    [Fact]
    public async Task QueueCallStore_ListIsHalfOpenOnEnteredAt()
    {
        var store = new InMemoryQueueCallStore();
        var at = new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero);
        await store.AddAsync(new QueueCallRecord("at-from", "default", "q", "c1", "+1", at, at.AddSeconds(5), QueueCallResult.Abandoned), None);
        await store.AddAsync(new QueueCallRecord("at-to", "default", "q", "c2", "+1", at.AddHours(1), at.AddHours(1).AddSeconds(5), QueueCallResult.Abandoned), None);

        (await store.ListAsync("default", "q", at, at.AddHours(1), None)).Select(r => r.Id).ShouldBe(["at-from"]);
    }

    [Fact]
    public void AddFlowBuilder_RegistersTheInMemoryStores_AndGroupsCheckTheSameExtensions()
    {
        using var services = new ServiceCollection().AddLogging().AddFlowBuilder().BuildServiceProvider();

        services.GetRequiredService<IExtensionStore>().ShouldBeOfType<InMemoryExtensionStore>();
        services.GetRequiredService<IExtensionGroupStore>().ShouldBeOfType<InMemoryExtensionGroupStore>();
        services.GetRequiredService<ICallQueueStore>().ShouldBeOfType<InMemoryCallQueueStore>();
        services.GetRequiredService<ICallerListStore>().ShouldBeOfType<InMemoryCallerListStore>();
        services.GetRequiredService<IQueueCallStore>().ShouldBeOfType<InMemoryQueueCallStore>();
        services.GetRequiredService<ICallRecordingStore>().ShouldBeOfType<InMemoryCallRecordingStore>();
    }

    [Fact]
    public async Task AddFlowBuilder_GroupStoreSeesExtensionsSavedThroughTheRegisteredStore()
    {
        await using var services = new ServiceCollection().AddLogging().AddFlowBuilder().BuildServiceProvider();
        await services.GetRequiredService<IExtensionStore>().SaveAsync(new Extension("default", "101", "Desk", "password-1"), None);

        await Should.ThrowAsync<CallCentreConflictException>(async () =>
            await services.GetRequiredService<IExtensionGroupStore>().SaveAsync(new ExtensionGroup("default", "g", ["102"], Number: "101"), None));
    }
}
