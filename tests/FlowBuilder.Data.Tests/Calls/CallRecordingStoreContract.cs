using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Data.Tests.Calls;

/// <summary>What every <see cref="ICallRecordingStore"/> must do; <see cref="InMemoryCallRecordingStore"/> is the reference.</summary>
public abstract class CallRecordingStoreContract : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 9, 30, 0, 123, TimeSpan.Zero);

    protected ICallRecordingStore Store { get; private set; } = null!;

    protected abstract Task<ICallRecordingStore> CreateStoreAsync();

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private static CallRecording Recording(string id, DateTimeOffset startedAt, string callId = "sip-1", string? otherCallId = "sip-2",
        string? companyId = "default", string? instanceId = "i-1") => new(
        id, callId, "sip", RecordingLegs.Both, $"/var/recordings/{id}.wav", startedAt, startedAt.AddSeconds(61.25), 980_044,
        otherCallId, companyId, "support-line", instanceId);

    [ContractFact]
    public async Task Add_RecordingWithEveryField_ReadsBackEqual()
    {
        var recording = Recording("rec-1", Start);

        await Store.AddAsync(recording, None);

        var stored = await Store.FindAsync("rec-1", None);
        stored.ShouldBe(recording);
        stored!.Duration.ShouldBe(TimeSpan.FromSeconds(61.25));
    }

    [ContractFact]
    public async Task Add_CallerOnlyWithoutOptionalFields_KeepsNulls()
    {
        var recording = new CallRecording("rec-2", "sip-9", "simulator", RecordingLegs.Caller, "/tmp/rec-2.wav", Start, Start.AddSeconds(3), 48_044);

        await Store.AddAsync(recording, None);

        (await Store.FindAsync("rec-2", None)).ShouldBe(recording);
    }

    [ContractFact]
    public async Task Add_SameIdTwice_Replaces()
    {
        await Store.AddAsync(Recording("rec-1", Start), None);
        var replacement = Recording("rec-1", Start) with { Bytes = 12, Legs = RecordingLegs.Caller };

        await Store.AddAsync(replacement, None);

        (await Store.FindAsync("rec-1", None)).ShouldBe(replacement);
        (await Store.ListAsync(new CallRecordingQuery(), None)).Count.ShouldBe(1);
    }

    [ContractFact]
    public async Task Find_Unknown_ReturnsNull() => (await Store.FindAsync("nope", None)).ShouldBeNull();

    [ContractFact]
    public async Task List_FiltersByCompanyEitherCallAndInstance_NewestFirst()
    {
        await Store.AddAsync(Recording("a", Start, callId: "c-1", otherCallId: null), None);
        await Store.AddAsync(Recording("b", Start.AddMinutes(1), callId: "c-2", otherCallId: "c-1", instanceId: "i-2"), None);
        await Store.AddAsync(Recording("c", Start.AddMinutes(2), callId: "c-3", otherCallId: null), None);
        await Store.AddAsync(Recording("other", Start.AddMinutes(3), companyId: "acme"), None);

        (await Store.ListAsync(new CallRecordingQuery(CompanyId: "default"), None)).Select(r => r.Id).ShouldBe(["c", "b", "a"]);
        (await Store.ListAsync(new CallRecordingQuery(CompanyId: "default", CallId: "c-1"), None)).Select(r => r.Id).ShouldBe(["b", "a"]);
        (await Store.ListAsync(new CallRecordingQuery(InstanceId: "i-2"), None)).Select(r => r.Id).ShouldBe(["b"]);
        (await Store.ListAsync(new CallRecordingQuery(Limit: 2), None)).Select(r => r.Id).ShouldBe(["other", "c"]);
    }
}
