using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Data.Tests.Accounts;

/// <summary>What every user and API key store must do; the in-memory stores are the reference.</summary>
public abstract class AccountStoreContract(StoreKind kind) : AccountStoresFixture(kind)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static UserAccount User(string id, string email, string company = "default", Role role = Role.Viewer) =>
        new(id, company, email, $"User {id}", role, $"AQAAAAIAAYagAAAAE{id}==") { CreatedAt = Start, SecurityStamp = $"stamp-{id}" };

    private static ApiKey Key(string id, string company = "default", DateTimeOffset? createdAt = null) =>
        new(id, company, $"Key {id}", Role.Manager, new string('a', 64), createdAt ?? Start, "u1");

    [ContractFact]
    public async Task User_WithEveryField_ReadsBackById_AndByEmailInAnyCase_WithTheEmailLowerCase()
    {
        var user = User("u1", "Anna.Admin@Example.COM", role: Role.Admin) with
        {
            IsSystemAdministrator = true,
            Disabled = true,
            LastSignInAt = Start.AddMinutes(5),
        };

        await Stores.Users.SaveAsync(user, None);

        var expected = user with { Email = "anna.admin@example.com" };
        (await Stores.Users.GetAsync("u1", None)).ShouldBe(expected);
        (await Stores.Users.FindByEmailAsync("ANNA.ADMIN@example.com", None)).ShouldBe(expected);
        (await Stores.Users.FindByEmailAsync("anna.admin@example.com", None)).ShouldBe(expected);
        (await Stores.Users.FindByEmailAsync("nobody@example.com", None)).ShouldBeNull();
        (await Stores.Users.GetAsync("nope", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task User_List_HasOnlyTheCompanysUsers_ByEmail_AndSaveReplacesEveryField()
    {
        await Stores.Users.SaveAsync(User("u1", "zoe@example.com"), None);
        await Stores.Users.SaveAsync(User("u2", "adam@example.com"), None);
        await Stores.Users.SaveAsync(User("u3", "other@acme.com", company: "acme"), None);

        (await Stores.Users.ListAsync("default", None)).Select(u => u.Id).ShouldBe(["u2", "u1"]);
        (await Stores.Users.ListAsync("acme", None)).Select(u => u.Id).ShouldBe(["u3"]);
        (await Stores.Users.ListAsync("empty", None)).ShouldBeEmpty();

        var changed = User("u1", "zoe.new@example.com", role: Role.Manager) with
        {
            Name = "Zoe N.",
            PasswordHash = "new-hash",
            Disabled = true,
            SecurityStamp = "stamp-2",
            LastSignInAt = Start.AddDays(1),
        };
        await Stores.Users.SaveAsync(changed, None);

        (await Stores.Users.GetAsync("u1", None)).ShouldBe(changed);
        (await Stores.Users.FindByEmailAsync("zoe@example.com", None)).ShouldBeNull();
        (await Stores.Users.ListAsync("default", None)).Select(u => u.Email).ShouldBe(["adam@example.com", "zoe.new@example.com"]);
    }

    [ContractFact]
    public async Task User_WithAnotherUsersEmailInOtherCase_IsRefusedWithDuplicateEmail_AndTheFirstIsKept()
    {
        await Stores.Users.SaveAsync(User("u1", "anna@example.com"), None);

        var error = await Should.ThrowAsync<DuplicateEmailException>(() => Stores.Users.SaveAsync(User("u2", "ANNA@example.com", company: "acme"), None).AsTask());

        error.Email.ShouldBe("ANNA@example.com");
        error.Message.ShouldContain("ANNA@example.com");
        (await Stores.Users.FindByEmailAsync("anna@example.com", None))!.Id.ShouldBe("u1");
        (await Stores.Users.GetAsync("u2", None)).ShouldBeNull();
        await Stores.Users.SaveAsync(User("u1", "Anna@Example.com") with { Name = "Same user, same e-mail" }, None);
        (await Stores.Users.GetAsync("u1", None))!.Name.ShouldBe("Same user, same e-mail");
    }

    [ContractFact]
    public async Task User_SameEmailSavedConcurrentlyFromTwoProcesses_ExactlyOneWins_TheOthersGetDuplicateEmail()
    {
        var other = await OpenProcessAsync();
        var saves = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await (i % 2 == 0 ? Stores : other).Users.SaveAsync(User($"u{i}", i % 3 == 0 ? "race@example.com" : "RACE@example.com"), None);
                return true;
            }
            catch (DuplicateEmailException)
            {
                return false;
            }
        })).ToList();

        var results = await Task.WhenAll(saves).WaitAsync(TimeSpan.FromSeconds(60));

        results.Count(saved => saved).ShouldBe(1);
        var winner = (await Stores.Users.FindByEmailAsync("race@example.com", None)).ShouldNotBeNull();
        results[int.Parse(winner.Id[1..], System.Globalization.CultureInfo.InvariantCulture)].ShouldBeTrue();
        (await Stores.Users.ListAsync("default", None)).Count.ShouldBe(1);
    }

    [ContractFact]
    public async Task User_Delete_RemovesOnlyFromItsOwnCompany_AndAnyTellsWhetherUsersExist()
    {
        (await Stores.Users.AnyAsync(None)).ShouldBeFalse();
        await Stores.Users.SaveAsync(User("u1", "anna@example.com"), None);
        (await Stores.Users.AnyAsync(None)).ShouldBeTrue();

        (await Stores.Users.DeleteAsync("acme", "u1", None)).ShouldBeFalse();
        (await Stores.Users.GetAsync("u1", None)).ShouldNotBeNull();
        (await Stores.Users.DeleteAsync("default", "u1", None)).ShouldBeTrue();
        (await Stores.Users.DeleteAsync("default", "u1", None)).ShouldBeFalse();

        (await Stores.Users.GetAsync("u1", None)).ShouldBeNull();
        (await Stores.Users.AnyAsync(None)).ShouldBeFalse();
        await Stores.Users.SaveAsync(User("u2", "anna@example.com"), None);
        (await Stores.Users.FindByEmailAsync("anna@example.com", None))!.Id.ShouldBe("u2");
    }

    [ContractFact]
    public async Task ApiKey_WithEveryField_ReadsBackById_AndListsTheCompanysKeysNewestFirst_RevokedIncluded()
    {
        var full = new ApiKey("abcdefgh1234", "default", "CRM sync", Role.Admin, new string('f', 64), Start, "u1", IsSystemAdministrator: true)
        {
            ExpiresAt = Start.AddDays(30),
            RevokedAt = Start.AddDays(2),
            LastUsedAt = Start.AddHours(3),
        };
        await Stores.ApiKeys.SaveAsync(full, None);
        await Stores.ApiKeys.SaveAsync(Key("k2", createdAt: Start.AddHours(1)) with { CreatedBy = null }, None);
        await Stores.ApiKeys.SaveAsync(Key("k3", company: "acme", createdAt: Start.AddHours(2)), None);

        (await Stores.ApiKeys.GetAsync("abcdefgh1234", None)).ShouldBe(full);
        (await Stores.ApiKeys.GetAsync("k3", None))!.CompanyId.ShouldBe("acme");
        (await Stores.ApiKeys.GetAsync("unknown", None)).ShouldBeNull();
        (await Stores.ApiKeys.ListAsync("default", None)).Select(k => k.Id).ShouldBe(["k2", "abcdefgh1234"]);
        (await Stores.ApiKeys.ListAsync("default", None))[0].ShouldBe(Key("k2", createdAt: Start.AddHours(1)) with { CreatedBy = null });
        (await Stores.ApiKeys.ListAsync("nobody", None)).ShouldBeEmpty();
    }

    [ContractFact]
    public async Task ApiKey_SaveReplaces_AndTouchRecordsTheLastUse_WithoutChangingAnythingElse()
    {
        await Stores.ApiKeys.SaveAsync(Key("k1"), None);

        await Stores.ApiKeys.TouchAsync("k1", Start.AddMinutes(7), None);
        await Stores.ApiKeys.TouchAsync("unknown", Start, None);

        (await Stores.ApiKeys.GetAsync("k1", None)).ShouldBe(Key("k1") with { LastUsedAt = Start.AddMinutes(7) });
        (await Stores.ApiKeys.GetAsync("unknown", None)).ShouldBeNull();
        var revoked = Key("k1") with { LastUsedAt = Start.AddMinutes(7), RevokedAt = Start.AddHours(1) };
        await Stores.ApiKeys.SaveAsync(revoked, None);
        var stored = (await Stores.ApiKeys.GetAsync("k1", None)).ShouldNotBeNull();
        stored.ShouldBe(revoked);
        stored.IsActive(Start.AddHours(2)).ShouldBeFalse();
    }
}
