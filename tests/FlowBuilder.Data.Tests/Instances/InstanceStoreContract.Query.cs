using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using static FlowBuilder.Data.Tests.Support.TestInstances;

namespace FlowBuilder.Data.Tests.Instances;

public abstract partial class InstanceStoreContract
{
    [ContractFact]
    public async Task Query_Pages_NewestFirstWithTotal()
    {
        await Store.WriteAsync(Batch(Enumerable.Range(1, 5).Select(i => Snapshot($"i-{i}", createdAt: Start.AddMinutes(i))).Reverse().ToArray()), None);

        var page = await Store.QueryAsync(new InstanceQuery("default", Skip: 1, Take: 2), None);

        page.Total.ShouldBe(5);
        page.Items.Select(s => s.Id).ShouldBe(["i-4", "i-3"]);
        (await Store.QueryAsync(new InstanceQuery("default", Skip: 4, Take: 10), None)).Items.Select(s => s.Id).ShouldBe(["i-1"]);
        (await Store.QueryAsync(new InstanceQuery("default", Skip: 5, Take: 10), None)).Items.ShouldBeEmpty();
    }

    [ContractFact]
    public async Task Query_TimesWithDifferentOffsets_OrderByInstant()
    {
        // 10:00+02:00 is 08:00 UTC, earlier than 09:00+00:00 though its clock reads later.
        await Store.WriteAsync(Batch(
            Snapshot("early", createdAt: new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(2))),
            Snapshot("late", createdAt: new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero))), None);

        (await Store.QueryAsync(new InstanceQuery("default"), None)).Items.Select(s => s.Id).ShouldBe(["late", "early"]);
        var from = new DateTimeOffset(2026, 11, 22, 8, 30, 0, TimeSpan.Zero);
        (await Store.QueryAsync(new InstanceQuery("default", CreatedFrom: from), None)).Items.Select(s => s.Id).ShouldBe(["late"]);
    }

    [ContractFact]
    public async Task Query_Filters_ByCompanyFlowStatusCorrelationAndCreatedRange()
    {
        await Store.WriteAsync(Batch(
            Snapshot("a", flowId: "sales", status: InstanceStatus.Completed, createdAt: Start.AddMinutes(1), correlationId: "order-1"),
            Snapshot("b", flowId: "sales", status: InstanceStatus.Suspended, createdAt: Start.AddMinutes(2)),
            Snapshot("c", flowId: "support", status: InstanceStatus.Completed, createdAt: Start.AddMinutes(3), correlationId: "order-1"),
            Snapshot("d", flowId: "sales", status: InstanceStatus.Completed, createdAt: Start.AddMinutes(4), companyId: "acme")), None);

        async Task<string[]> Ids(InstanceQuery query) => (await Store.QueryAsync(query, None)).Items.Select(s => s.Id).ToArray();

        (await Ids(new InstanceQuery("default"))).ShouldBe(["c", "b", "a"]);
        (await Ids(new InstanceQuery("acme"))).ShouldBe(["d"]);
        (await Ids(new InstanceQuery("default", FlowId: "sales"))).ShouldBe(["b", "a"]);
        (await Ids(new InstanceQuery("default", Status: InstanceStatus.Completed))).ShouldBe(["c", "a"]);
        (await Ids(new InstanceQuery("default", CorrelationId: "order-1"))).ShouldBe(["c", "a"]);
        (await Ids(new InstanceQuery("default", CreatedFrom: Start.AddMinutes(2), CreatedTo: Start.AddMinutes(3)))).ShouldBe(["b"]);
        (await Ids(new InstanceQuery("default", FlowId: "sales", Status: InstanceStatus.Completed, CorrelationId: "order-1"))).ShouldBe(["a"]);
        (await Store.QueryAsync(new InstanceQuery("default", FlowId: "sales", Take: 1), None)).Total.ShouldBe(2);
    }
}
