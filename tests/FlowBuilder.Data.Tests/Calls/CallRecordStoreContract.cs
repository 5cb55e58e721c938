using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Tests.Calls;

/// <summary>What every <see cref="ICallRecordStore"/> must do; <see cref="InMemoryCallRecordStore"/> is the reference.</summary>
public abstract class CallRecordStoreContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 30, 0, 123, TimeSpan.Zero);

    protected ICallRecordStore Store { get; private set; } = null!;

    protected abstract Task<ICallRecordStore> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static CallDetailRecord Record(string callId, DateTimeOffset startedAt, string? companyId = "default", string? instanceId = "i-1") => new(
        callId, "sip", CallDirection.Inbound, "+15550001", "+15559000", startedAt, startedAt.AddSeconds(2), startedAt.AddSeconds(65.5),
        CallDisposition.Answered, HangUpCause.RemoteHangUp, 200, companyId, "support-line", instanceId, "carrier");

    [ContractFact]
    public async Task Add_RecordWithEveryField_ReadsBackEqual()
    {
        var record = Record("sip-1", Start);

        await Store.AddAsync(record, None);
        var stored = await Store.FindAsync("sip-1", None);

        stored.ShouldBe(record);
        stored!.AnsweredAt!.Value.UtcTicks.ShouldBe(record.AnsweredAt!.Value.UtcTicks);
        stored.BillableSeconds.ShouldBe(64);
    }

    [ContractFact]
    public async Task Add_UnansweredRejectedLeg_KeepsNullsAndZeroBillable()
    {
        var record = new CallDetailRecord("sip-404", "sip", CallDirection.Inbound, "alice", "+1999", Start, null, Start,
            CallDisposition.Rejected, HangUpCause.NotFound, 404);

        await Store.AddAsync(record, None);

        var stored = await Store.FindAsync("sip-404", None);
        stored.ShouldBe(record);
        stored!.BillableSeconds.ShouldBe(0);
    }

    [ContractFact]
    public async Task Add_SameCallIdTwice_ReplacesTheRecord()
    {
        await Store.AddAsync(Record("sip-1", Start), None);
        var replacement = Record("sip-1", Start) with { Disposition = CallDisposition.Failed, Cause = HangUpCause.MediaTimeout };

        await Store.AddAsync(replacement, None);

        (await Store.FindAsync("sip-1", None)).ShouldBe(replacement);
        (await Store.ListAsync(new CallRecordQuery(), None)).Count.ShouldBe(1);
    }

    [ContractFact]
    public async Task Find_UnknownCall_ReturnsNull() => (await Store.FindAsync("sip-nope", None)).ShouldBeNull();

    [ContractFact]
    public async Task List_Filters_ByCompanyInstanceAndTime_NewestFirst()
    {
        await Store.AddAsync(Record("a", Start), None);
        await Store.AddAsync(Record("b", Start.AddMinutes(1), instanceId: "i-2"), None);
        await Store.AddAsync(Record("c", Start.AddMinutes(2)), None);
        await Store.AddAsync(Record("other", Start.AddMinutes(3), companyId: "acme"), None);

        (await Store.ListAsync(new CallRecordQuery(CompanyId: "default"), None)).Select(r => r.CallId).ShouldBe(["c", "b", "a"]);
        (await Store.ListAsync(new CallRecordQuery(InstanceId: "i-2"), None)).Select(r => r.CallId).ShouldBe(["b"]);
        (await Store.ListAsync(new CallRecordQuery(From: Start.AddMinutes(1), To: Start.AddMinutes(3)), None)).Select(r => r.CallId).ShouldBe(["c", "b"]);
        (await Store.ListAsync(new CallRecordQuery(Limit: 2), None)).Select(r => r.CallId).ShouldBe(["other", "c"]);
    }
}
