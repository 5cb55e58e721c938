using System.Diagnostics;
using System.Text.Json;
using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Companies;

namespace FlowBuilder.Data.Tests.ClickToCall;

/// <summary>What every set of click-to-call stores must do (companies, tariffs, campaigns, callback requests); the in-memory
/// stores are the reference, the SQL stores run it on SQLite and PostgreSQL.</summary>
public abstract partial class ClickToCallStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    protected ClickToCallStores Stores { get; private set; } = null!;

    /// <summary>The first call opens the stores the tests use; later calls open another process on the same data (the in-memory
    /// stores return the same ones).</summary>
    protected abstract Task<ClickToCallStores> OpenProcessAsync();

    public async Task InitializeAsync() => Stores = await OpenProcessAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static ClickToCallCampaign Campaign(string id, string company = "default", ClickToCallStatus status = ClickToCallStatus.Active, DateTimeOffset? createdAt = null) =>
        new(id, company, $"Campaign {id}", $"key-{id}-0123456789abcdef", "click-to-call", FirstLeg.Client, ["ext:101"], WaitingMessage.ForClient,
            WaitingMessage.ForCompany, new RetryRule(3, TimeSpan.FromMinutes(5)), null, CallingSchedule.Default, 0.5m, "EUR", status)
        {
            CreatedAt = createdAt ?? Start,
            UpdatedAt = createdAt ?? Start,
        };

    [ContractFact]
    public async Task Campaign_WithEveryField_ReadsBackEqual_ByIdAndKey_ListsNewestFirst_AndUpdates()
    {
        var full = Campaign("c1") with
        {
            Name = "Shop callback",
            FirstLeg = FirstLeg.Company,
            Operators = ["ext:101", "group:sales", "+4930123456"],
            ClientMessage = new WaitingMessage("Hello {{input.client.phone}}", "welcome.wav", "en-GB"),
            CompanyMessage = new WaitingMessage("A visitor is waiting", null, "de-DE"),
            ClientRetry = new RetryRule(4, TimeSpan.FromSeconds(90)),
            ReminderAfter = TimeSpan.FromMinutes(15),
            Hours = new CallingSchedule(null, null, new TimeOnly(8, 30), new TimeOnly(18, 15), [DayOfWeek.Monday, DayOfWeek.Friday], "Europe/Berlin"),
            Price = 12.345678m,
            Currency = "USD",
            FlowVersion = 7,
            Description = "Winter shop",
            ClientCallerId = "+4930999",
            CompanyCallerId = "+4930888",
            Trunk = "main",
            RingSeconds = 25,
            DefaultCountry = "DE",
            AllowedOrigins = ["https://shop.example.com", "https://www.example.com"],
            ConsentText = "Call me, please.",
            ReminderEmail = "sales@example.com",
            CommentTypes =
            [
                new CommentType("sale", "Sale", [new CommentField("amount", "Amount", CommentFieldType.Number, Required: true)]),
                new CommentType("topic", "Topic", [new CommentField("topic", "Topic", CommentFieldType.Choice, Options: ["a", "b"])]),
            ],
            WidgetTitle = "Ring me",
            CreatedAt = Start,
            UpdatedAt = Start.AddMinutes(3),
        };
        await Stores.Campaigns.AddAsync(full, None);
        await Stores.Campaigns.AddAsync(Campaign("c2", createdAt: Start.AddHours(1), status: ClickToCallStatus.Paused), None);
        await Stores.Campaigns.AddAsync(Campaign("c3", createdAt: Start.AddHours(2), status: ClickToCallStatus.Archived), None);
        await Stores.Campaigns.AddAsync(Campaign("other", company: "acme"), None);

        Json((await Stores.Campaigns.GetAsync("default", "c1", None)).ShouldNotBeNull()).ShouldBe(Json(full));
        Json((await Stores.Campaigns.FindByKeyAsync(full.Key, None)).ShouldNotBeNull()).ShouldBe(Json(full));
        (await Stores.Campaigns.GetAsync("acme", "c1", None)).ShouldBeNull();
        (await Stores.Campaigns.FindByKeyAsync("nope", None)).ShouldBeNull();
        (await Stores.Campaigns.ListAsync("default", includeArchived: false, None)).Select(c => c.Id).ShouldBe(["c2", "c1"]);
        (await Stores.Campaigns.ListAsync("default", includeArchived: true, None)).Select(c => c.Id).ShouldBe(["c3", "c2", "c1"]);
        (await Stores.Campaigns.ListActiveAsync(None)).Select(c => c.Id).ShouldBe(["c1", "other"], ignoreOrder: true);

        (await Stores.Campaigns.UpdateAsync(full with { Status = ClickToCallStatus.Paused, Key = "rotated-key", ReminderAfter = null }, None)).ShouldBeTrue();
        var updated = (await Stores.Campaigns.GetAsync("default", "c1", None))!;
        (updated.Status, updated.Key, updated.ReminderAfter).ShouldBe((ClickToCallStatus.Paused, "rotated-key", (TimeSpan?)null));
        (await Stores.Campaigns.FindByKeyAsync(full.Key, None)).ShouldBeNull();
        (await Stores.Campaigns.UpdateAsync(Campaign("missing"), None)).ShouldBeFalse();
    }

    [ContractFact]
    public async Task Campaign_TakenIdOrKey_IsRefused()
    {
        await Stores.Campaigns.AddAsync(Campaign("c1"), None);
        await Stores.Campaigns.AddAsync(Campaign("c2"), None);

        await Should.ThrowAsync<InvalidOperationException>(() => Stores.Campaigns.AddAsync(Campaign("c1", company: "acme") with { Key = "fresh" }, None).AsTask());
        await Should.ThrowAsync<InvalidOperationException>(() => Stores.Campaigns.AddAsync(Campaign("c9") with { Key = Campaign("c1").Key }, None).AsTask());
        await Should.ThrowAsync<InvalidOperationException>(() => Stores.Campaigns.UpdateAsync(Campaign("c2") with { Key = Campaign("c1").Key }, None).AsTask());
        (await Stores.Campaigns.GetAsync("default", "c2", None))!.Key.ShouldBe(Campaign("c2").Key);
    }

    [ContractFact]
    public async Task Tariff_WithTwoRates_ReadsBackWithExactDecimals_ListsWithoutRates_SaveReplacesRates_AndDeletes()
    {
        var tariff = new Tariff("t1", "default", "Standard", "EUR",
        [
            new TariffRate("49", "Germany", 0.012345m, 0.1m, 1, 1),
            new TariffRate("4915", "Germany mobile", 123456.5m),
        ]) { UpdatedAt = Start };
        await Stores.Tariffs.SaveAsync(tariff, None);
        await Stores.Tariffs.SaveAsync(new Tariff("t2", "default", "Premium", "EUR", [new TariffRate("1", "USA", 0.02m)]), None);
        await Stores.Tariffs.SaveAsync(new Tariff("t1", "acme", "Theirs", "USD", []), None);

        var stored = (await Stores.Tariffs.GetAsync("default", "t1", None)).ShouldNotBeNull();
        stored.ShouldBe(tariff with { Rates = stored.Rates });
        stored.Rates.ShouldBe(tariff.Rates);
        stored.Rates[0].PricePerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("0.012345");
        stored.Rates[1].PricePerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("123456.5");
        (await Stores.Tariffs.GetAsync("acme", "t1", None))!.Name.ShouldBe("Theirs");
        (await Stores.Tariffs.ListAsync("default", None)).Select(t => (t.Id, t.Name, t.Rates.Count)).ShouldBe([("t2", "Premium", 0), ("t1", "Standard", 0)]);

        await Stores.Tariffs.SaveAsync(tariff with { Name = "Standard 2", Rates = [new TariffRate("44", "United Kingdom", 0.03m)] }, None);
        var replaced = (await Stores.Tariffs.GetAsync("default", "t1", None))!;
        replaced.Name.ShouldBe("Standard 2");
        replaced.Rates.ShouldBe([new TariffRate("44", "United Kingdom", 0.03m)]);

        (await Stores.Tariffs.DeleteAsync("default", "t1", None)).ShouldBeTrue();
        (await Stores.Tariffs.DeleteAsync("default", "t1", None)).ShouldBeFalse();
        (await Stores.Tariffs.GetAsync("default", "t1", None)).ShouldBeNull();
        (await Stores.Tariffs.GetAsync("acme", "t1", None)).ShouldNotBeNull();
    }

    [ContractFact]
    public async Task Tariff_With50000Rates_SavesQuickly_AndReadsBackEveryRate()
    {
        var rates = Enumerable.Range(0, 50_000).Select(i => new TariffRate($"{100_000 + i}", $"Destination {i}", i / 1000m, 0.05m, 60, 6)).ToList();
        var clock = Stopwatch.StartNew();

        await Stores.Tariffs.SaveAsync(new Tariff("big", "default", "Big", "EUR", rates), None);
        await Stores.Tariffs.SaveAsync(new Tariff("big", "default", "Big", "EUR", rates), None);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "saving 50,000 rates twice (about half a second each on an idle machine)");
        var stored = (await Stores.Tariffs.GetAsync("default", "big", None))!;
        stored.Rates.Count.ShouldBe(50_000);
        stored.Rates[12_345].ShouldBe(rates[12_345]);
    }

    [ContractFact]
    public async Task Tariff_WithAPrefixTwice_IsRefusedNamingThePrefix_AndTheStoredTariffIsKept()
    {
        await Stores.Tariffs.SaveAsync(new Tariff("t1", "default", "Standard", "EUR", [new TariffRate("49", "Germany", 0.01m)]), None);

        var error = await Should.ThrowAsync<ArgumentException>(() => Stores.Tariffs.SaveAsync(new Tariff("t1", "default", "Standard", "EUR",
            [new TariffRate("44", "United Kingdom", 0.02m), new TariffRate("44", "UK again", 0.03m)]), None).AsTask());

        error.Message.ShouldContain("'44'");
        (await Stores.Tariffs.GetAsync("default", "t1", None))!.Rates.ShouldBe([new TariffRate("49", "Germany", 0.01m)]);
    }

    [ContractFact]
    public async Task Company_NeverSaved_IsTheDefaultProfile_AndASavedProfileReadsBackEqual()
    {
        (await Stores.Companies.GetAsync("acme", None)).ShouldBe(CompanyProfile.Default("acme"));
        var profile = new CompanyProfile("default", "Example GmbH", "billing@example.com", "t1", "Europe/Berlin")
        {
            Address = ["Hauptstr. 1", "10115 Berlin", "Germany"],
            TaxId = "DE123456789",
            UpdatedAt = Start,
        };

        await Stores.Companies.SaveAsync(profile, None);
        await Stores.Companies.SaveAsync(new CompanyProfile("acme", "Acme", null, null) { UpdatedAt = Start.AddDays(1) }, None);

        var stored = await Stores.Companies.GetAsync("default", None);
        stored.ShouldBe(profile with { Address = stored.Address });
        stored.Address.ShouldBe(profile.Address);
        var acme = await Stores.Companies.GetAsync("acme", None);
        acme.ShouldBe(new CompanyProfile("acme", "Acme", null, null) { Address = acme.Address, UpdatedAt = Start.AddDays(1) });
        acme.Address.ShouldBeEmpty();
        await Stores.Companies.SaveAsync(profile with { Email = null, TariffId = null }, None);
        (await Stores.Companies.GetAsync("default", None)).Email.ShouldBeNull();
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
