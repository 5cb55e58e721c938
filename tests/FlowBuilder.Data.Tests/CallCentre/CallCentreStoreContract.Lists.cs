using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.CallCentre;

namespace FlowBuilder.Data.Tests.CallCentre;

/// <summary>Queues, caller lists and queue calls.</summary>
public abstract partial class CallCentreStoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 0, 0, 250, TimeSpan.Zero);

    private static QueueCallRecord QueueCall(string id, string queue, DateTimeOffset enteredAt, string companyId = "default") =>
        new(id, companyId, queue, $"call-{id}", "+15550100", enteredAt, enteredAt.AddSeconds(12.5), QueueCallResult.Answered, "agent-1", enteredAt.AddSeconds(90));

    [ContractFact]
    public async Task Queue_SaveWithEveryField_ReadsBackEqual()
    {
        var queue = new CallQueueDefinition("default", "support",
            [new QueueAgentDefinition("ada", "101", CallTargetKind.Extension, "Ada"), new QueueAgentDefinition("bob", "+15550100", CallTargetKind.Number)])
        {
            Strategy = QueueStrategy.LongestIdle,
            HoldPrompt = null,
            HoldMusic = "jazz",
            AnnounceEverySeconds = 45,
            AnnouncePosition = false,
            AnnounceWaitTime = false,
            MaxWaitSeconds = 600,
            AgentRingSeconds = 25,
            WrapUpSeconds = 10,
            ServiceLevelSeconds = 30,
        };

        await Stores.Queues.SaveAsync(queue, None);

        var stored = (await Stores.Queues.FindAsync("default", "support", None))!;
        stored.ShouldBe(queue with { Agents = stored.Agents });
        stored.Agents.ShouldBe(queue.Agents);
        (await Stores.Queues.FindAsync("acme", "support", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task Queue_SaveAgainListAndDelete_ByCompanyAndName()
    {
        await Stores.Queues.SaveAsync(new CallQueueDefinition("default", "sales", [new QueueAgentDefinition("101", "101")]), None);
        await Stores.Queues.SaveAsync(new CallQueueDefinition("default", "billing", []), None);
        await Stores.Queues.SaveAsync(new CallQueueDefinition("acme", "sales", []), None);

        await Stores.Queues.SaveAsync(new CallQueueDefinition("default", "sales", []) { Strategy = QueueStrategy.RoundRobin }, None);

        (await Stores.Queues.ListAsync("default", None)).Select(q => q.Name).ShouldBe(["billing", "sales"]);
        (await Stores.Queues.FindAsync("default", "sales", None))!.Strategy.ShouldBe(QueueStrategy.RoundRobin);
        (await Stores.Queues.DeleteAsync("default", "sales", None)).ShouldBeTrue();
        (await Stores.Queues.DeleteAsync("default", "sales", None)).ShouldBeFalse();
        (await Stores.Queues.FindAsync("acme", "sales", None)).ShouldNotBeNull();
    }

    [ContractFact]
    public async Task CallerList_SaveFormattedNumber_FoundByAnySpellingAndStoredNormalized()
    {
        await Stores.CallerLists.SaveAsync(new CallerListEntry("default", "+1 (555) 010-0000", CallerListKind.Allowed, "vip-flow", "our best customer"), None);

        var expected = new CallerListEntry("default", "+15550100000", CallerListKind.Allowed, "vip-flow", "our best customer");
        (await Stores.CallerLists.FindAsync("default", "+15550100000", None)).ShouldBe(expected);
        (await Stores.CallerLists.FindAsync("default", "sip:+15550100000@10.0.0.1", None)).ShouldBe(expected);
        (await Stores.CallerLists.FindAsync("default", "15550100000", None)).ShouldBeNull();
        (await Stores.CallerLists.FindAsync("acme", "+15550100000", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task CallerList_SameNumberAgain_ReplacesEvenAcrossKinds()
    {
        await Stores.CallerLists.SaveAsync(new CallerListEntry("default", "+15550100", CallerListKind.Allowed), None);

        await Stores.CallerLists.SaveAsync(new CallerListEntry("default", "+1 555 0100", CallerListKind.Blocked, Note: "spam"), None);

        (await Stores.CallerLists.ListAsync("default", null, None)).ShouldBe([new CallerListEntry("default", "+15550100", CallerListKind.Blocked, null, "spam")]);
    }

    [ContractFact]
    public async Task CallerList_ListByKindAndDelete_AreCompanyScoped()
    {
        await Stores.CallerLists.SaveAsync(new CallerListEntry("default", "+2", CallerListKind.Blocked), None);
        await Stores.CallerLists.SaveAsync(new CallerListEntry("default", "+1", CallerListKind.Blocked), None);
        await Stores.CallerLists.SaveAsync(new CallerListEntry("default", "+3", CallerListKind.Allowed), None);
        await Stores.CallerLists.SaveAsync(new CallerListEntry("acme", "+4", CallerListKind.Blocked), None);

        (await Stores.CallerLists.ListAsync("default", CallerListKind.Blocked, None)).Select(e => e.Number).ShouldBe(["+1", "+2"]);
        (await Stores.CallerLists.ListAsync("default", CallerListKind.Allowed, None)).Select(e => e.Number).ShouldBe(["+3"]);
        (await Stores.CallerLists.ListAsync("default", null, None)).Count.ShouldBe(3);
        (await Stores.CallerLists.DeleteAsync("default", "+4", None)).ShouldBeFalse();
        (await Stores.CallerLists.DeleteAsync("default", "+ 1", None)).ShouldBeTrue();
        (await Stores.CallerLists.FindAsync("default", "+1", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task QueueCall_AddWithEveryField_ReadsBackEqual()
    {
        var record = QueueCall("q-1", "support", Start);
        var abandoned = new QueueCallRecord("q-2", "default", "support", "call-2", "alice", Start.AddSeconds(1), Start.AddSeconds(40), QueueCallResult.Abandoned);

        await Stores.QueueCalls.AddAsync(record, None);
        await Stores.QueueCalls.AddAsync(abandoned, None);

        var list = await Stores.QueueCalls.ListAsync("default", "support", Start, Start.AddHours(1), None);
        list.ShouldBe([record, abandoned]);
        list[0].WaitSeconds.ShouldBe(12.5);
        list[0].EnteredAt.UtcTicks.ShouldBe(Start.UtcTicks);
    }

    [ContractFact]
    public async Task QueueCall_SameIdAgain_Replaces()
    {
        await Stores.QueueCalls.AddAsync(QueueCall("q-1", "support", Start), None);
        var replacement = QueueCall("q-1", "support", Start) with { Result = QueueCallResult.TimedOut, AgentId = null, TalkEndedAt = null };

        await Stores.QueueCalls.AddAsync(replacement, None);

        (await Stores.QueueCalls.ListAsync("default", null, Start, Start.AddDays(1), None)).ShouldBe([replacement]);
    }

    [ContractFact]
    public async Task QueueCall_List_ByPeriodHalfOpenAndQueueAndCompany_OldestFirst()
    {
        await Stores.QueueCalls.AddAsync(QueueCall("late", "support", Start.AddMinutes(60)), None);
        await Stores.QueueCalls.AddAsync(QueueCall("b", "sales", Start.AddMinutes(20)), None);
        await Stores.QueueCalls.AddAsync(QueueCall("a", "support", Start.AddMinutes(10)), None);
        await Stores.QueueCalls.AddAsync(QueueCall("early", "support", Start.AddMinutes(-1)), None);
        await Stores.QueueCalls.AddAsync(QueueCall("first", "support", Start), None);
        await Stores.QueueCalls.AddAsync(QueueCall("acme", "support", Start.AddMinutes(5), "acme"), None);
        var (from, to) = (Start, Start.AddMinutes(60));

        (await Stores.QueueCalls.ListAsync("default", null, from, to, None)).Select(r => r.Id).ShouldBe(["first", "a", "b"]);
        (await Stores.QueueCalls.ListAsync("default", "support", from, to, None)).Select(r => r.Id).ShouldBe(["first", "a"]);
        (await Stores.QueueCalls.ListAsync("acme", null, from, to, None)).Select(r => r.Id).ShouldBe(["acme"]);
        (await Stores.QueueCalls.ListAsync("default", "nobody", from, to, None)).ShouldBeEmpty();
    }
}
