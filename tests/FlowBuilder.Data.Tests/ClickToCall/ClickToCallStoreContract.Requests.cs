using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Data.Tests.ClickToCall;

public abstract partial class ClickToCallStoreContract
{
    private static readonly PhoneDirection Germany = new("DE", "Germany", null, "Vodafone", true);

    protected static CallbackRequest Request(string id, string campaign = "c1", DateTimeOffset? createdAt = null, DateTimeOffset? dueAt = null,
        string phone = "+4915112345678", string company = "default", CallbackRequestStatus status = CallbackRequestStatus.Waiting) =>
        new(id, company, campaign, phone, status, 0, createdAt ?? Start, dueAt ?? createdAt ?? Start,
            new CallbackConsent("I agree.", createdAt ?? Start, "203.0.113.7"), Germany)
        {
            UpdatedAt = createdAt ?? Start,
        };

    [ContractFact]
    public async Task Request_WithEveryField_ReadsBackEqual_AndOnlyForItsCompany()
    {
        var full = new CallbackRequest("r1", "default", "c1", "+4915112345678", CallbackRequestStatus.FailedCallingCompany, 2,
            Start.ToOffset(TimeSpan.FromHours(2)), Start.AddMinutes(5),
            new CallbackConsent("I agree to be called.", Start.AddSeconds(-1), "2001:db8::1", "https://shop.example.com/p?x=1", "Mozilla/5.0"),
            new PhoneDirection("US", "United States", "New York", null, false))
        {
            FirstLeg = FirstLeg.Company,
            CallbackOperator = "ext:102",
            Source = "callback",
            Destination = "USA New York",
            Reason = "no operator answered",
            InstanceId = "i-42",
            ClaimedBy = "node-a",
            ClaimedUntil = Start.AddMinutes(2),
            FirstCalledAt = Start.AddSeconds(10),
            CompletedAt = Start.AddMinutes(1),
            TalkSeconds = 62.5,
            Price = 0.123456m,
            Currency = "EUR",
            RemindAt = Start.AddMinutes(15),
            RemindedAt = Start.AddMinutes(16),
            UpdatedAt = Start.AddMinutes(20),
        };

        await Stores.Requests.AddAsync(full, None);

        (await Stores.Requests.GetAsync("default", "r1", None)).ShouldBe(full);
        (await Stores.Requests.GetAsync("acme", "r1", None)).ShouldBeNull();
        (await Stores.Requests.GetAsync("default", "nope", None)).ShouldBeNull();
        await Should.ThrowAsync<InvalidOperationException>(() => Stores.Requests.AddAsync(full, None).AsTask());
    }

    [ContractFact]
    public async Task Comments_WithFields_ReadBackOldestFirst_PerRequest()
    {
        await Stores.Requests.AddAsync(Request("r1"), None);
        await Stores.Requests.AddAsync(Request("r2"), None);
        var sale = new CallbackComment("m1", "r1", "sale", "Sold the big one", new Dictionary<string, string> { ["amount"] = "12.5", ["product"] = "Widget" },
            "ada@example.com", Start.AddMinutes(2));
        var note = new CallbackComment("m2", "r1", "note", "Called first", new Dictionary<string, string>(), "operator", Start.AddMinutes(1));
        await Stores.Requests.AddCommentAsync(sale, None);
        await Stores.Requests.AddCommentAsync(note, None);
        await Stores.Requests.AddCommentAsync(note with { Id = "m3", RequestId = "r2" }, None);

        var comments = await Stores.Requests.ListCommentsAsync(["r1"], None);

        comments.Select(c => c.Id).ShouldBe(["m2", "m1"]);
        comments[1].ShouldBe(sale with { Fields = comments[1].Fields });
        comments[1].Fields.ShouldBe(sale.Fields);
        (await Stores.Requests.ListCommentsAsync(["r1", "r2"], None)).Count.ShouldBe(3);
        (await Stores.Requests.ListCommentsAsync([], None)).ShouldBeEmpty();
        await Should.ThrowAsync<InvalidOperationException>(() => Stores.Requests.AddCommentAsync(note with { Id = "m4", RequestId = "nope" }, None).AsTask());
    }

    [ContractFact]
    public async Task List_FiltersByCampaignStatusTimePhoneAndCompany_NewestFirst_AndPages()
    {
        await Stores.Requests.AddAsync(Request("r1", createdAt: Start, phone: "+4915100000001"), None);
        await Stores.Requests.AddAsync(Request("r2", createdAt: Start.AddMinutes(1), phone: "+4930100000002", status: CallbackRequestStatus.FailedCallingClient), None);
        await Stores.Requests.AddAsync(Request("r3", campaign: "c2", createdAt: Start.AddMinutes(2), phone: "+4915100000003", status: CallbackRequestStatus.Completed), None);
        await Stores.Requests.AddAsync(Request("r4", createdAt: Start.AddMinutes(3), phone: "+4915100000004", status: CallbackRequestStatus.FailedCallingCompany), None);
        await Stores.Requests.AddAsync(Request("r5", createdAt: Start.AddMinutes(4), company: "acme"), None);

        async Task<string> ListAsync(CallbackRequestQuery query)
        {
            var page = await Stores.Requests.ListAsync(query, None);
            return $"{string.Join(",", page.Items.Select(r => r.Id))} of {page.Total}";
        }

        (await ListAsync(new CallbackRequestQuery("default"))).ShouldBe("r4,r3,r2,r1 of 4");
        (await ListAsync(new CallbackRequestQuery("default", CampaignId: "c1"))).ShouldBe("r4,r2,r1 of 3");
        (await ListAsync(new CallbackRequestQuery("default", Statuses: [CallbackRequestStatus.FailedCallingClient, CallbackRequestStatus.FailedCallingCompany])))
            .ShouldBe("r4,r2 of 2");
        (await ListAsync(new CallbackRequestQuery("default", From: Start.AddMinutes(1), To: Start.AddMinutes(3)))).ShouldBe("r3,r2 of 2");
        (await ListAsync(new CallbackRequestQuery("default", Phone: "+49151"))).ShouldBe("r4,r3,r1 of 3");
        (await ListAsync(new CallbackRequestQuery("default", Skip: 1, Take: 2))).ShouldBe("r3,r2 of 4");
        (await ListAsync(new CallbackRequestQuery("default", Skip: 10))).ShouldBe(" of 4");
        (await ListAsync(new CallbackRequestQuery("acme"))).ShouldBe("r5 of 1");
    }

    [ContractFact]
    public async Task Reminders_DueUnsentAndUnfinished_OldestFirst_AndMarkedOnce()
    {
        await Stores.Requests.AddAsync(Request("r1") with { RemindAt = Start.AddMinutes(10) }, None);
        await Stores.Requests.AddAsync(Request("r2") with { RemindAt = Start.AddMinutes(5), Status = CallbackRequestStatus.FailedCallingClient }, None);
        await Stores.Requests.AddAsync(Request("r3") with { RemindAt = Start.AddMinutes(20) }, None);
        await Stores.Requests.AddAsync(Request("r4") with { RemindAt = Start.AddMinutes(1), Status = CallbackRequestStatus.Completed }, None);
        await Stores.Requests.AddAsync(Request("r5") with { RemindAt = Start.AddMinutes(1), Status = CallbackRequestStatus.Cancelled }, None);
        await Stores.Requests.AddAsync(Request("r6") with { RemindAt = Start.AddMinutes(1), RemindedAt = Start.AddMinutes(1) }, None);
        await Stores.Requests.AddAsync(Request("r7"), None);
        var now = Start.AddMinutes(10);

        (await Stores.Requests.ListDueRemindersAsync(now, 10, None)).Select(r => r.Id).ShouldBe(["r2", "r1"]);
        (await Stores.Requests.ListDueRemindersAsync(now, 1, None)).Select(r => r.Id).ShouldBe(["r2"]);

        (await Stores.Requests.MarkRemindedAsync("r2", now, None)).ShouldBeTrue();
        (await Stores.Requests.MarkRemindedAsync("r2", now.AddSeconds(1), None)).ShouldBeFalse();
        (await Stores.Requests.GetAsync("default", "r2", None))!.RemindedAt.ShouldBe(now);
        (await Stores.Requests.ListDueRemindersAsync(now, 10, None)).Select(r => r.Id).ShouldBe(["r1"]);
    }

    [ContractFact]
    public async Task ListByPhone_FindsTheCompanysRequestsForTheNumberSinceTheGivenTime_NewestFirst()
    {
        await Stores.Requests.AddAsync(Request("r1", createdAt: Start.AddHours(-2)), None);
        await Stores.Requests.AddAsync(Request("r2", createdAt: Start), None);
        await Stores.Requests.AddAsync(Request("r3", campaign: "c2", createdAt: Start.AddMinutes(5)), None);
        await Stores.Requests.AddAsync(Request("r4", createdAt: Start, phone: "+4915199999999"), None);
        await Stores.Requests.AddAsync(Request("r5", createdAt: Start, company: "acme"), None);

        var found = await Stores.Requests.ListByPhoneAsync("default", "+4915112345678", Start.AddHours(-1), None);

        found.Select(r => r.Id).ShouldBe(["r3", "r2"]);
        (await Stores.Requests.ListByPhoneAsync("default", "+4915112345678", Start, None)).Select(r => r.Id).ShouldBe(["r3", "r2"]);
        (await Stores.Requests.ListByPhoneAsync("default", "+49151", Start.AddHours(-5), None)).ShouldBeEmpty();
    }
}
