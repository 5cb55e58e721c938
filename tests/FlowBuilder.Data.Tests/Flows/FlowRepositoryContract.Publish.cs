using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using static FlowBuilder.Data.Tests.Support.TestFlows;

namespace FlowBuilder.Data.Tests.Flows;

public abstract partial class FlowRepositoryContract
{
    [ContractFact]
    public async Task Publish_TwoVersions_NumbersThemAndBindsTriggerToLatest()
    {
        await Flows.CreateAsync(Company, Flow("orders"), None);

        var first = await Flows.PublishAsync(Company, "orders", Flow("orders", trigger: Webhook("orders", synchronous: true)), "first", None);
        var second = await Flows.PublishAsync(Company, "orders", Flow("orders", trigger: Webhook("orders", synchronous: true), greeting: "v2"), "second", None);

        first.Version.ShouldBe(1);
        second.Version.ShouldBe(2);
        var flow = await Flows.GetAsync(Company, "orders", None);
        flow!.Status.ShouldBe(FlowStatus.Published);
        flow.LatestVersion.ShouldBe(2);
        flow.PublishedVersion.ShouldBe(2);
        flow.Revision.ShouldBe(1);
        (await Flows.FindTriggerAsync(TriggerType.Webhook, "orders", None))
            .ShouldBe(new TriggerBinding(TriggerType.Webhook, "orders", Company, "orders", 2, true));
        (await Flows.ListVersionsAsync(Company, "orders", None)).Select(v => (v.Version, v.Note)).ShouldBe([(2, "second"), (1, "first")]);
    }

    [ContractFact]
    public async Task Publish_StoresDefinitionWithVersionAndPublishedStatus()
    {
        await Flows.CreateAsync(Company, Flow("orders"), None);

        var published = await Flows.PublishAsync(Company, "orders", Flow("orders", greeting: "Welcome"), null, None);
        var stored = await Flows.GetVersionAsync(Company, "orders", 1, None);

        stored.ShouldNotBeNull();
        stored.Retracted.ShouldBeFalse();
        stored.Note.ShouldBeNull();
        stored.PublishedAt.ShouldBe(published.PublishedAt);
        Json(stored.Definition).ShouldBe(Json(Flow("orders", greeting: "Welcome") with { Version = 1, Status = FlowStatus.Published }));
        Json(published.Definition).ShouldBe(Json(stored.Definition));
    }

    [ContractFact]
    public async Task Publish_TriggerHeldByAnotherFlow_ThrowsTriggerConflictAndChangesNothing()
    {
        await Flows.CreateAsync(Company, Flow("sales"), None);
        await Flows.CreateAsync(Company, Flow("support"), None);
        await Flows.PublishAsync(Company, "sales", Flow("sales", trigger: Call("+4930100")), null, None);

        var error = await Should.ThrowAsync<TriggerConflictException>(() => Flows.PublishAsync(Company, "support", Flow("support", trigger: Call("+4930100")), null, None).AsTask());

        error.OwnerFlowId.ShouldBe("sales");
        var support = await Flows.GetAsync(Company, "support", None);
        support!.Status.ShouldBe(FlowStatus.Draft);
        support.LatestVersion.ShouldBeNull();
        (await Flows.ListVersionsAsync(Company, "support", None)).ShouldBeEmpty();
        (await Flows.FindTriggerAsync(TriggerType.Call, "+4930100", None))!.FlowId.ShouldBe("sales");
    }

    [ContractFact]
    public async Task Publish_TriggerInAnotherCompany_Conflicts()
    {
        await Flows.CreateAsync(Company, Flow("orders"), None);
        await Flows.CreateAsync("acme", Flow("orders"), None);
        await Flows.PublishAsync(Company, "orders", Flow("orders", trigger: Webhook("orders")), null, None);

        await Should.ThrowAsync<TriggerConflictException>(() => Flows.PublishAsync("acme", "orders", Flow("orders", trigger: Webhook("orders")), null, None).AsTask());

        (await Flows.FindTriggerAsync(TriggerType.Webhook, "orders", None))!.CompanyId.ShouldBe(Company);
    }

    [ContractFact]
    public async Task Publish_TwoFlowsRaceForOneTrigger_OnlyOneBindsIt()
    {
        await Flows.CreateAsync(Company, Flow("sales"), None);
        await Flows.CreateAsync(Company, Flow("support"), None);
        var other = await OpenAnotherWriterAsync();

        var attempts = new[] { (Flows, "sales"), (other, "support") }.Select(w => Task.Run(async () =>
        {
            try
            {
                await w.Item1.PublishAsync(Company, w.Item2, Flow(w.Item2, trigger: Call("+4930100")), null, None);
                return w.Item2;
            }
            catch (TriggerConflictException)
            {
                return null;
            }
        }));
        var winners = (await Task.WhenAll(attempts)).OfType<string>().ToList();

        winners.Count.ShouldBe(1);
        (await Flows.FindTriggerAsync(TriggerType.Call, "+4930100", None))!.FlowId.ShouldBe(winners[0]);
    }

    [ContractFact]
    public async Task Publish_NewTrigger_ReplacesTheFlowsOldBinding()
    {
        await Flows.CreateAsync(Company, Flow("orders"), None);
        await Flows.PublishAsync(Company, "orders", Flow("orders", trigger: Webhook("orders/v1")), null, None);

        await Flows.PublishAsync(Company, "orders", Flow("orders", trigger: Webhook("orders/v2")), null, None);

        (await Flows.FindTriggerAsync(TriggerType.Webhook, "orders/v1", None)).ShouldBeNull();
        (await Flows.FindTriggerAsync(TriggerType.Webhook, "orders/v2", None))!.Version.ShouldBe(2);
    }

    [ContractFact]
    public async Task Publish_WebhookPath_IsFoundByNormalisedPath()
    {
        await Flows.CreateAsync(Company, Flow("orders"), None);
        await Flows.PublishAsync(Company, "orders", Flow("orders", trigger: Webhook("/Shop/Orders/")), null, None);

        var binding = await Flows.FindTriggerAsync(TriggerType.Webhook, " shop/ORDERS ", None);

        binding.ShouldNotBeNull();
        binding.Key.ShouldBe("shop/orders");
        (await Flows.FindTriggerAsync(TriggerType.Call, "shop/orders", None)).ShouldBeNull();
    }

    [ContractFact]
    public async Task Publish_UnknownFlow_ThrowsFlowNotFound()
    {
        await Should.ThrowAsync<FlowNotFoundException>(() => Flows.PublishAsync(Company, "missing", Flow("missing"), null, None).AsTask());
    }

    [ContractFact]
    public async Task Retract_PublishedFlow_MarksVersionRetractedAndFreesTrigger()
    {
        await Flows.CreateAsync(Company, Flow("sales"), None);
        await Flows.CreateAsync(Company, Flow("support"), None);
        await Flows.PublishAsync(Company, "sales", Flow("sales", trigger: Call("+4930100")), null, None);

        var retracted = await Flows.RetractAsync(Company, "sales", None);

        retracted.Status.ShouldBe(FlowStatus.Draft);
        retracted.PublishedVersion.ShouldBeNull();
        retracted.LatestVersion.ShouldBe(1);
        (await Flows.GetVersionAsync(Company, "sales", 1, None))!.Retracted.ShouldBeTrue();
        (await Flows.FindTriggerAsync(TriggerType.Call, "+4930100", None)).ShouldBeNull();
        var taken = await Flows.PublishAsync(Company, "support", Flow("support", trigger: Call("+4930100")), null, None);
        taken.Version.ShouldBe(1);
    }

    [ContractFact]
    public async Task Retract_UnknownFlow_ThrowsFlowNotFound()
    {
        await Should.ThrowAsync<FlowNotFoundException>(() => Flows.RetractAsync(Company, "missing", None).AsTask());
    }

    [ContractFact]
    public async Task Versions_UnknownFlowOrVersion_AreEmpty()
    {
        await Flows.CreateAsync(Company, Flow("orders"), None);
        await Flows.PublishAsync(Company, "orders", Flow("orders"), null, None);

        (await Flows.ListVersionsAsync(Company, "missing", None)).ShouldBeEmpty();
        (await Flows.GetVersionAsync(Company, "orders", 2, None)).ShouldBeNull();
        (await Flows.GetVersionAsync("acme", "orders", 1, None)).ShouldBeNull();
    }
}
