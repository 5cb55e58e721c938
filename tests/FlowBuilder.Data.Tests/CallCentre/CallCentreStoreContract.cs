using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.Tests.CallCentre;

/// <summary>What every set of call-centre stores must do; the in-memory stores are the reference.</summary>
public abstract partial class CallCentreStoreContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected CallCentreStores Stores { get; private set; } = null!;

    protected abstract Task<CallCentreStores> CreateStoresAsync();

    public async Task InitializeAsync() => Stores = await CreateStoresAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static Extension FullExtension(string number = "101", string companyId = "default") => new(companyId, number, "Ada Lovelace", "s3cret-pass")
    {
        Enabled = false,
        RingSeconds = 35,
        Forwarding = new ExtensionForwarding(
            "102", "group:sales", "+15550100",
            [new ScheduledForward([DayOfWeek.Monday, DayOfWeek.Friday], new TimeOnly(18, 0), new TimeOnly(8, 30), "+15559999")],
            "Europe/Berlin"),
    };

    private static void ShouldMatch(Extension stored, Extension expected)
    {
        stored.ShouldBe(expected with { Forwarding = stored.Forwarding });
        var (got, want) = (stored.Forwarding, expected.Forwarding);
        (got.Always, got.OnBusy, got.OnNoAnswer, got.TimeZone).ShouldBe((want.Always, want.OnBusy, want.OnNoAnswer, want.TimeZone));
        if (want.Schedule is null) got.Schedule.ShouldBeNull();
        else
        {
            got.Schedule!.Count.ShouldBe(want.Schedule.Count);
            for (var i = 0; i < want.Schedule.Count; i++)
            {
                got.Schedule[i].ShouldBe(want.Schedule[i] with { Days = got.Schedule[i].Days });
                got.Schedule[i].Days.ShouldBe(want.Schedule[i].Days);
            }
        }
    }

    [ContractFact]
    public async Task Extension_SaveWithEveryField_ReadsBackEqual()
    {
        var extension = FullExtension();

        await Stores.Extensions.SaveAsync(extension, None);

        ShouldMatch((await Stores.Extensions.FindAsync("101", None))!, extension);
        ShouldMatch((await Stores.Extensions.ListAsync("default", None)).ShouldHaveSingleItem(), extension);
    }

    [ContractFact]
    public async Task Extension_WithoutForwarding_ReadsBackNone()
    {
        var extension = new Extension("default", "200", "Front desk", "password-200");

        await Stores.Extensions.SaveAsync(extension, None);

        var stored = (await Stores.Extensions.FindAsync("200", None))!;
        stored.ShouldBe(extension with { Forwarding = stored.Forwarding });
        (stored.Forwarding.Always, stored.Forwarding.Schedule, stored.Forwarding.TimeZone).ShouldBe((null, null, null));
        (stored.Enabled, stored.RingSeconds).ShouldBe((true, 20));
    }

    [ContractFact]
    public async Task Extension_SaveAgainSameCompany_Replaces()
    {
        await Stores.Extensions.SaveAsync(FullExtension(), None);
        var replacement = new Extension("default", "101", "Renamed", "another-pass") { RingSeconds = 10 };

        await Stores.Extensions.SaveAsync(replacement, None);

        ShouldMatch((await Stores.Extensions.FindAsync("101", None))!, replacement);
        (await Stores.Extensions.ListAsync("default", None)).Count.ShouldBe(1);
    }

    [ContractFact]
    public async Task Extension_NumberOfAnotherCompany_ThrowsConflictNamingTheNumber()
    {
        await Stores.Extensions.SaveAsync(FullExtension(companyId: "acme"), None);

        var error = await Should.ThrowAsync<CallCentreConflictException>(async () => await Stores.Extensions.SaveAsync(FullExtension(), None));

        error.Message.ShouldContain("101");
        (await Stores.Extensions.FindAsync("101", None))!.CompanyId.ShouldBe("acme");
    }

    [ContractFact]
    public async Task Extension_ListAndDelete_AreCompanyScoped()
    {
        await Stores.Extensions.SaveAsync(FullExtension("102"), None);
        await Stores.Extensions.SaveAsync(FullExtension("101"), None);
        await Stores.Extensions.SaveAsync(FullExtension("300", "acme"), None);

        (await Stores.Extensions.ListAsync("default", None)).Select(e => e.Number).ShouldBe(["101", "102"]);
        (await Stores.Extensions.DeleteAsync("default", "300", None)).ShouldBeFalse();
        (await Stores.Extensions.DeleteAsync("default", "101", None)).ShouldBeTrue();
        (await Stores.Extensions.DeleteAsync("default", "101", None)).ShouldBeFalse();
        (await Stores.Extensions.FindAsync("101", None)).ShouldBeNull();
        (await Stores.Extensions.FindAsync("300", None)).ShouldNotBeNull();
    }

    [ContractFact]
    public async Task Group_SaveWithEveryField_ReadsBackEqual()
    {
        var group = new ExtensionGroup("default", "sales", ["101", "group:support", "+15550100"], GroupRingMode.Sequential, 12, "500");

        await Stores.Groups.SaveAsync(group, None);

        foreach (var stored in new[] { await Stores.Groups.FindAsync("default", "sales", None), await Stores.Groups.FindByNumberAsync("500", None) })
        {
            stored.ShouldNotBeNull();
            stored.ShouldBe(group with { Members = stored.Members });
            stored.Members.ShouldBe(group.Members);
        }
        (await Stores.Groups.FindAsync("acme", "sales", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task Group_SaveAgain_ReplacesAndKeepsItsOwnNumber()
    {
        await Stores.Groups.SaveAsync(new ExtensionGroup("default", "sales", ["101"], Number: "500"), None);

        await Stores.Groups.SaveAsync(new ExtensionGroup("default", "sales", ["102", "103"], Number: "500"), None);

        (await Stores.Groups.FindAsync("default", "sales", None))!.Members.ShouldBe(["102", "103"]);
        (await Stores.Groups.ListAsync("default", None)).Count.ShouldBe(1);
    }

    [ContractFact]
    public async Task Group_NumberOfAnotherGroup_ThrowsConflictNamingTheHolder()
    {
        await Stores.Groups.SaveAsync(new ExtensionGroup("default", "sales", ["101"], Number: "500"), None);

        var error = await Should.ThrowAsync<CallCentreConflictException>(async () =>
            await Stores.Groups.SaveAsync(new ExtensionGroup("default", "support", ["102"], Number: "500"), None));

        error.Message.ShouldContain("500");
        error.Message.ShouldContain("sales");
        (await Stores.Groups.FindAsync("default", "support", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task Group_NumberOfAnotherCompanysGroup_ThrowsConflict()
    {
        await Stores.Groups.SaveAsync(new ExtensionGroup("acme", "sales", ["101"], Number: "500"), None);

        await Should.ThrowAsync<CallCentreConflictException>(async () =>
            await Stores.Groups.SaveAsync(new ExtensionGroup("default", "sales", ["101"], Number: "500"), None));
    }

    [ContractFact]
    public async Task Group_NumberOfAnExtension_ThrowsConflictNamingTheExtension()
    {
        await Stores.Extensions.SaveAsync(FullExtension("101"), None);

        var error = await Should.ThrowAsync<CallCentreConflictException>(async () =>
            await Stores.Groups.SaveAsync(new ExtensionGroup("default", "sales", ["102"], Number: "101"), None));

        error.Message.ShouldContain("extension 101");
    }

    [ContractFact]
    public async Task Group_WithoutNumber_ManyMayExist()
    {
        await Stores.Groups.SaveAsync(new ExtensionGroup("default", "b", ["101"]), None);
        await Stores.Groups.SaveAsync(new ExtensionGroup("default", "a", ["102"]), None);
        await Stores.Groups.SaveAsync(new ExtensionGroup("acme", "c", ["102"]), None);

        (await Stores.Groups.ListAsync("default", None)).Select(g => g.Name).ShouldBe(["a", "b"]);
        (await Stores.Groups.DeleteAsync("default", "c", None)).ShouldBeFalse();
        (await Stores.Groups.DeleteAsync("default", "a", None)).ShouldBeTrue();
        (await Stores.Groups.ListAsync("default", None)).Select(g => g.Name).ShouldBe(["b"]);
    }
}
